package org.lingong.devices.printer.sim;

import java.util.HexFormat;
import org.lingong.devices.printer.codec.QrErrorCorrection;

/**
 * The printer's QR symbol storage for {@code GS ( k} with {@code cn = 0x31}: model, module size,
 * error correction and stored data; Function 181 prints what is stored.
 */
final class QrCommandState {

    private int moduleDots = 3;
    private QrErrorCorrection ec = QrErrorCorrection.L;
    private byte[] stored = new byte[0];

    /**
     * Handles one {@code GS ( k} parameter block ({@code cn fn args...}, already length-delimited).
     *
     * @return a notice for the transcript, or {@code null} when the function was understood
     */
    String apply(byte[] params, ReceiptAssembler paper) {
        if (params.length < 2) {
            return "GS ( k with " + params.length + " parameter bytes";
        }
        int cn = params[0] & 0xFF;
        int fn = params[1] & 0xFF;
        if (cn != 0x31) {
            return String.format("GS ( k cn=%02X fn=%02X (not QR, %d bytes skipped)", cn, fn, params.length);
        }
        return switch (fn) {
            case 0x41 -> model(params);
            case 0x43 -> moduleSize(params);
            case 0x45 -> errorCorrection(params);
            case 0x50 -> store(params);
            case 0x51 -> print(paper);
            default -> String.format("GS ( k QR fn=%02X unsupported: %s", fn, hex(params));
        };
    }

    private String model(byte[] params) {
        if (params.length != 4 || (params[2] & 0xFF) < 0x31 || (params[2] & 0xFF) > 0x33) {
            return "GS ( k QR model invalid: " + hex(params);
        }
        return (params[2] & 0xFF) == 0x32 ? null : "GS ( k QR model " + hex(params) + " printed as model 2";
    }

    private String moduleSize(byte[] params) {
        int n = params.length == 3 ? params[2] & 0xFF : -1;
        if (n < 1 || n > 16) {
            return "GS ( k QR module size invalid: " + hex(params);
        }
        moduleDots = n;
        return null;
    }

    private String errorCorrection(byte[] params) {
        if (params.length != 3) {
            return "GS ( k QR EC invalid: " + hex(params);
        }
        var level = QrErrorCorrection.fromWireCode(params[2] & 0xFF);
        if (level.isEmpty()) {
            return "GS ( k QR EC invalid: " + hex(params);
        }
        ec = level.get();
        return null;
    }

    private String store(byte[] params) {
        if (params.length < 4 || (params[2] & 0xFF) != 0x30) {
            return "GS ( k QR store invalid (" + params.length + " bytes)";
        }
        stored = java.util.Arrays.copyOfRange(params, 3, params.length);
        return null;
    }

    private String print(ReceiptAssembler paper) {
        if (stored.length == 0) {
            return "GS ( k QR print with no stored data";
        }
        paper.qr(stored, moduleDots, ec);
        return null;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(bytes.length, 16));
    }
}
