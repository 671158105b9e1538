#!/usr/bin/env python3
"""Turn a WOFF 1.0 font into the TrueType (SFNT) file it wraps: standard library only.

Used once to make kiosk-app/src/main/resources/fonts/NotoSansMongolian-Regular.ttf from the npm package
@fontsource/noto-sans-mongolian (OFL-1.1; file files/noto-sans-mongolian-mongolian-400-normal.woff), because
JavaFX cannot load WOFF.  Usage: woff-to-ttf.py IN.woff OUT.ttf
"""
import struct
import sys
import zlib


def woff_to_sfnt(data: bytes) -> bytes:
    signature, flavor, _length, num_tables = struct.unpack(">4sIIH", data[:14])
    if signature != b"wOFF":
        raise ValueError("not a WOFF 1.0 file")
    entries = []
    for i in range(num_tables):
        tag, offset, comp_len, orig_len, checksum = struct.unpack(">4sIIII", data[44 + 20 * i:64 + 20 * i])
        raw = data[offset:offset + comp_len]
        table = zlib.decompress(raw) if comp_len < orig_len else raw
        if len(table) != orig_len:
            raise ValueError(f"table {tag!r}: {len(table)} bytes, expected {orig_len}")
        entries.append((tag, checksum, table))
    entries.sort(key=lambda e: e[0])
    power = 1
    while power * 2 <= num_tables:
        power *= 2
    search_range = power * 16
    entry_selector = power.bit_length() - 1
    header = struct.pack(">IHHHH", flavor, num_tables, search_range, entry_selector, num_tables * 16 - search_range)
    offset = 12 + 16 * num_tables
    directory, body = b"", b""
    for tag, checksum, table in entries:
        directory += struct.pack(">4sIII", tag, checksum, offset + len(body), len(table))
        body += table + b"\0" * (-len(table) % 4)
    return header + directory + body


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as source:
        sfnt = woff_to_sfnt(source.read())
    with open(sys.argv[2], "wb") as target:
        target.write(sfnt)
