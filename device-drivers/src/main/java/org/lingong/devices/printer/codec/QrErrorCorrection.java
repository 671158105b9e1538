package org.lingong.devices.printer.codec;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR error-correction level; {@link #wireCode()} is the {@code n} of {@code GS ( k <Function 169>}. */
public enum QrErrorCorrection {
    L(0x30, ErrorCorrectionLevel.L),
    M(0x31, ErrorCorrectionLevel.M),
    Q(0x32, ErrorCorrectionLevel.Q),
    H(0x33, ErrorCorrectionLevel.H);

    private final int wireCode;
    private final ErrorCorrectionLevel zxingLevel;

    QrErrorCorrection(int wireCode, ErrorCorrectionLevel zxingLevel) {
        this.wireCode = wireCode;
        this.zxingLevel = zxingLevel;
    }

    public int wireCode() {
        return wireCode;
    }

    public ErrorCorrectionLevel zxingLevel() {
        return zxingLevel;
    }

    /** Decodes the wire byte (0x30..0x33, also 0..3 as some clones accept); empty otherwise. */
    public static java.util.Optional<QrErrorCorrection> fromWireCode(int n) {
        for (QrErrorCorrection level : values()) {
            if (level.wireCode == n || level.ordinal() == n) {
                return java.util.Optional.of(level);
            }
        }
        return java.util.Optional.empty();
    }
}
