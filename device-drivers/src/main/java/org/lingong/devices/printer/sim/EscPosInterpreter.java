package org.lingong.devices.printer.sim;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.lingong.devices.printer.codec.Align;
import org.lingong.devices.printer.codec.MonoBitmap;

/**
 * Reads an ESC/POS byte stream one command at a time and applies it to the simulated paper.
 * Because whole commands are consumed (raster data and {@code GS ( k} blocks by their length
 * fields), {@code 10 04 n} is recognised as DLE EOT only at a command boundary, never inside data.
 * Unknown commands become {@link ReceiptElement.Notice}s; nothing in the input makes it throw
 * anything but the {@link IOException}s of the stream or of {@link InterpreterEvents}.
 * Not thread-safe: one interpreter per connection.
 */
final class EscPosInterpreter {

    /** Largest raster band kept in memory (a full 80 mm band of 960 rows is 69,120 bytes); bigger ones are skipped. */
    static final int MAX_RASTER_BYTES = 1024 * 1024;
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset SINGLE_BYTE = Charset.forName("IBM437");

    private final InputStream in;
    private final ReceiptAssembler paper;
    private final InterpreterEvents events;
    private final QrCommandState qr = new QrCommandState();
    private boolean chineseMode = true;
    private long bytesRead;
    private long statusBytes;

    EscPosInterpreter(InputStream in, ReceiptAssembler paper, InterpreterEvents events) {
        this.in = in;
        this.paper = paper;
        this.events = events;
    }

    /** Interprets commands until the stream ends; a command cut off by the end becomes a notice. */
    void run() throws IOException {
        while (true) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            bytesRead++;
            try {
                command(b);
            } catch (EOFException e) {
                paper.notice(String.format("truncated command starting %02X", b));
                events.commandDone(bytesRead - statusBytes);
                return;
            }
            events.commandDone(bytesRead - statusBytes);
        }
    }

    private void command(int b) throws IOException {
        switch (b) {
            case 0x0A -> paper.lineFeed();
            case 0x0D -> { /* CR: ignored, as by most printers with auto line feed off */ }
            case 0x10 -> dle();
            case 0x1B -> esc();
            case 0x1C -> fs();
            case 0x1D -> gs();
            default -> printable(b);
        }
    }

    private void printable(int b) throws IOException {
        if (b >= 0x20 && b < 0x7F) {
            paper.text(String.valueOf((char) b));
        } else if (b >= 0x80 && chineseMode) {
            gbk(b);
        } else if (b >= 0x80) {
            paper.text(new String(new byte[] {(byte) b}, SINGLE_BYTE));
        } else {
            paper.notice(String.format("control byte %02X", b));
        }
    }

    private void gbk(int lead) throws IOException {
        if (lead == 0x80 || lead == 0xFF) {
            paper.notice(String.format("invalid GBK lead byte %02X", lead));
            return;
        }
        int trail = next();
        if (trail < 0x40) {
            paper.notice(String.format("GBK lead byte %02X without trail byte", lead));
            command(trail);
            return;
        }
        String decoded = new String(new byte[] {(byte) lead, (byte) trail}, GBK);
        if (decoded.length() != 1 || decoded.charAt(0) == '\uFFFD') {
            paper.notice(String.format("invalid GBK code %02X %02X", lead, trail));
            return;
        }
        paper.text(decoded);
    }

    private void dle() throws IOException {
        int c = next();
        int n = next();
        if (c == 0x04 && n >= 1 && n <= 4) {
            statusBytes += 3;
            events.statusRequested(n);
        } else {
            paper.notice(String.format("DLE %02X %02X", c, n));
        }
    }

    private void esc() throws IOException {
        int c = next();
        switch (c) {
            case 0x40 -> paper.init();   // Chinese mode survives ESC @, as on domestic printers
            case 0x61 -> align(next());
            case 0x45, 0x47 -> paper.bold((next() & 1) == 1);
            case 0x64 -> paper.feedDots(next() * ReceiptAssembler.LINE_DOTS);
            case 0x4A -> paper.feedDots(next());
            case 0x21 -> printMode(next());
            case 0x74, 0x2D, 0x4D, 0x33, 0x52, 0x20 -> next();
            case 0x32 -> { /* default line spacing */ }
            default -> paper.notice(String.format("ESC %02X", c));
        }
    }

    private void fs() throws IOException {
        int c = next();
        switch (c) {
            case 0x26 -> chineseMode = true;
            case 0x2E -> chineseMode = false;
            case 0x21 -> {
                int n = next();
                paper.size((n & 0x04) != 0 ? 2 : 1, (n & 0x08) != 0 ? 2 : 1);
            }
            case 0x57 -> {
                int n = next() & 1;
                paper.size(n + 1, n + 1);
            }
            case 0x43, 0x2D -> next();
            default -> paper.notice(String.format("FS %02X", c));
        }
    }

    private void gs() throws IOException {
        int c = next();
        switch (c) {
            case 0x21 -> {
                int n = next();
                paper.size((n >> 4 & 0x07) + 1, (n & 0x07) + 1);
            }
            case 0x56 -> cut(next());
            case 0x76 -> raster();
            case 0x28 -> extended();
            case 0x61 -> events.asbRequested(next());
            case 0x42 -> next();
            case 0x4C, 0x57 -> skip(2);
            default -> paper.notice(String.format("GS %02X", c));
        }
    }

    private void cut(int m) throws IOException {
        if (m == 0x41 || m == 0x42) {
            paper.feedDots(next());
        } else if (m != 0x00 && m != 0x01 && m != 0x30 && m != 0x31) {
            paper.notice(String.format("GS V %02X (treated as cut)", m));
        }
        events.cut();
    }

    private void raster() throws IOException {
        int zero = next();
        int m = next();
        int x = next() | next() << 8;
        int y = next() | next() << 8;
        long size = (long) x * y;
        boolean validMode = m <= 3 || (m >= 0x30 && m <= 0x33);
        if (zero != 0x30 || !validMode || x == 0 || y == 0 || size > MAX_RASTER_BYTES) {
            skip(zero == 0x30 ? size : 0);
            paper.notice(String.format("GS v %02X m=%d %dx%d skipped", zero, m, x, y));
            return;
        }
        byte[] data = new byte[(int) size];
        readExactly(data);
        if ((m & 0x03) != 0) {
            paper.notice(String.format("GS v 0 m=%d (double width/height) shown at normal size", m));
        }
        paper.raster(MonoBitmap.fromRaster(x, y, data));
    }

    private void extended() throws IOException {
        int function = next();
        int length = next() | next() << 8;
        byte[] params = new byte[length];
        readExactly(params);
        if (function != 0x6B) {
            paper.notice(String.format("GS ( %02X with %d bytes", function, length));
            return;
        }
        String notice = qr.apply(params, paper);
        if (notice != null) {
            paper.notice(notice);
        }
    }

    private void align(int n) {
        Align.fromCode(n).ifPresentOrElse(paper::align, () -> paper.notice(String.format("ESC a %02X", n)));
    }

    private void printMode(int n) {
        paper.bold((n & 0x08) != 0);
        paper.size((n & 0x20) != 0 ? 2 : 1, (n & 0x10) != 0 ? 2 : 1);
    }

    private int next() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        bytesRead++;
        return b;
    }

    private void readExactly(byte[] buf) throws IOException {
        int n = in.readNBytes(buf, 0, buf.length);
        bytesRead += n;
        if (n < buf.length) {
            throw new EOFException();
        }
    }

    private void skip(long count) throws IOException {
        byte[] sink = new byte[8192];
        long left = count;
        while (left > 0) {
            int n = in.read(sink, 0, (int) Math.min(sink.length, left));
            if (n < 0) {
                throw new EOFException();
            }
            bytesRead += n;
            left -= n;
        }
    }
}
