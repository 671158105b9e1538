#!/usr/bin/env python3
"""Write messages_mn_Mong.properties from docs/mongolian/messages_mn.translit and the Chinese bundle.

Every key of the Chinese bundle appears once, in its order: a key with a transliterated text gets it in traditional
script (machine-made, marked for review); a key without one keeps the Chinese text in a separate block, marked as not
yet translated.  Run from the repository root: python3 scripts/mongolian-bundle.py
"""
import re
from pathlib import Path

I18N = Path("kiosk-app/src/main/resources/org/lingong/kiosk/i18n")
LETTERS = {
    "a": "\u1820", "e": "\u1821", "i": "\u1822", "í": "\u1822", "o": "\u1823", "u": "\u1824", "ö": "\u1825",
    "ü": "\u1826", "n": "\u1828", "b": "\u182A", "p": "\u182B", "q": "\u182C", "γ": "\u182D", "g": "\u182D",
    "m": "\u182E", "l": "\u182F", "s": "\u1830", "š": "\u1831", "t": "\u1832", "d": "\u1833", "č": "\u1834",
    "j": "\u1835", "ǰ": "\u1835", "y": "\u1836", "r": "\u1837", "w": "\u1838", "f": "\u1839", "k": "\u182C",
    "h": "\u182C", "z": "\u183D", "é": "\u1821", "_": "\u202F", "~": "\u180E", ".": "\u1803", ",": "\u1802",
}


def to_script(translit: str) -> str:
    out, i = [], 0
    while i < len(translit):
        ch = translit[i]
        if ch == "{":  # MessageFormat argument, untouched
            end = translit.index("}", i)
            out.append(translit[i:end + 1])
            i = end + 1
        elif ch == "'":  # quoted pattern text (date patterns), untouched
            end = translit.index("'", i + 1)
            out.append(translit[i + 1:end])
            i = end + 1
        elif re.match(r"[A-Za-z]*[A-Z][A-Za-z]*", translit[i:]) and (i == 0 or not translit[i - 1].isalpha()):
            word = re.match(r"[A-Za-z]+", translit[i:]).group()  # a Latin word with a capital (English, QR): as is
            out.append(word)
            i += len(word)
        elif ch == "\\":  # properties escape (\\n, \\uXXXX), untouched
            size = 6 if translit.startswith("u", i + 1) else 2
            out.append(translit[i:i + size])
            i += size
        elif translit.startswith("ng", i):
            out.append("\u1829")
            i += 2
        elif ch == "|":
            i += 1
        elif ch.isupper() or ch.isdigit() or ch not in LETTERS:
            out.append(ch)
            i += 1
        else:
            out.append(LETTERS[ch])
            i += 1
    return "".join(out)


def entries(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            yield key.strip(), value


def main():
    chinese = dict(entries(I18N / "messages_zh_CN.properties"))
    translit = dict(entries(Path("docs/mongolian/messages_mn.translit")))
    unknown = sorted(set(translit) - set(chinese))
    if unknown:
        raise SystemExit(f"transliterated keys not in the Chinese bundle: {unknown}")
    made = [f"{k}={to_script(translit[k])}" for k in chinese if k in translit]
    pending = [f"{k}={v}" for k, v in chinese.items() if k not in translit]
    text = "\n".join([
        "# Kiosk UI text, traditional Mongolian script (mn-Mong). UTF-8. MessageFormat: {0} is an argument.",
        "# Written by scripts/mongolian-bundle.py from docs/mongolian/messages_mn.translit; edit that file or this one.",
        "# The shell appends U+200C after each Mongolian run when it shows a text (i18n.MongolianShaping): do not type it.",
        "",
        f"# == machine-made ({len(made)} keys): MACHINE TRANSLATION, to be reviewed by a native reader ==",
        *made,
        "",
        f"# == not yet translated ({len(pending)} keys): the Chinese text is shown until a translator replaces it ==",
        *pending,
        "",
    ])
    (I18N / "messages_mn_Mong.properties").write_text(text, encoding="utf-8")
    print(f"{len(made)} machine-made, {len(pending)} pending")


if __name__ == "__main__":
    main()
