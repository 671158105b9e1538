package org.lingong.devices.printer;

import org.lingong.devices.privacy.Masking;
import org.lingong.devices.privacy.DocumentKind;
import java.util.List;
import org.lingong.devices.printer.codec.Align;
import org.lingong.devices.printer.codec.EscPosBuilder;
import org.lingong.devices.printer.codec.GbkTextEncoder;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.codec.PrinterText;
import org.lingong.devices.printer.codec.QrErrorCorrection;
import org.lingong.devices.printer.codec.QrRaster;

/**
 * Lays out a referral slip (推荐单) for one printer profile: title in double size, labelled fields
 * wrapped to the paper's columns (a Chinese character takes two), worker name, ID number and
 * contact phone masked, and the verification QR code: native {@code GS ( k} if the profile has it,
 * otherwise a {@code GS v 0} raster image. Unprintable characters are replaced by the visible
 * marker and listed in the {@link PrintJob}, so a stray character in an employer name never blocks
 * a slip. Stateless and thread-safe.
 */
public final class ReceiptLayout {

    /** Slip title (零工驿站推荐单). */
    public static final String TITLE = "零工驿站推荐单";
    /** The title of the worker-code slip. */
    public static final String WORKER_CODE_TITLE = "零工驿站登录码";
    private static final QrErrorCorrection QR_EC = QrErrorCorrection.M;

    private final PrinterProfile profile;

    public ReceiptLayout(PrinterProfile profile) {
        this.profile = profile;
    }

    public PrintJob referralSlip(ReferralSlip slip) {
        EscPosBuilder b = EscPosBuilder.create(GbkTextEncoder.replacing());
        b.init().chineseMode(true);
        b.align(Align.CENTER).size(2, 2).bold(true);
        PrinterText.wrap(TITLE, profile.columns() / 2).forEach(b::line);
        b.size(1, 1).bold(false);
        b.line("单号：" + slip.slipNumber());
        b.align(Align.LEFT).rule(profile.columns());
        b.bold(true).size(1, 2);
        field(b, "工种", slip.jobTitle());
        b.size(1, 1).bold(false);
        field(b, "用工单位", slip.employer());
        field(b, "联系人", join(slip.contactName(), slip.contactPhone()));
        field(b, "工作地址", slip.address());
        field(b, "薪资待遇", slip.pay());
        field(b, "工作日期", slip.workDates());
        field(b, "工作时间", slip.timeWindow());
        b.rule(profile.columns());
        field(b, "求职者", Masking.name(slip.workerName()));
        field(b, DocumentKind.of(slip.workerIdNumber()).chineseLabel(), Masking.idNumber(slip.workerIdNumber()));
        b.rule(profile.columns());
        field(b, "服务驿站", slip.station());
        field(b, "开具时间", slip.issuedAt());
        field(b, "有效期至", slip.expiresAt());
        b.lineFeed().align(Align.CENTER);
        qr(b, slip.qrToken());
        b.lineFeed().line("用工单位请扫码核验").align(Align.LEFT);
        b.lineFeed().feedAndCut(3);
        return new PrintJob(b.build(), b.replacements());
    }

    /**
     * The small worker-code slip a returning worker scans instead of placing the card: a title, the worker's name
     * (masked here, whatever is given), the QR of {@code workerCode} (opaque, no personal data) and how to use it.
     */
    public PrintJob workerCodeSlip(String workerCode, String workerName, String station) {
        EscPosBuilder b = EscPosBuilder.create(GbkTextEncoder.replacing());
        b.init().chineseMode(true);
        b.align(Align.CENTER).size(2, 2).bold(true);
        PrinterText.wrap(WORKER_CODE_TITLE, profile.columns() / 2).forEach(b::line);
        b.size(1, 1).bold(false);
        PrinterText.wrap(Masking.name(workerName) + "  " + station, profile.columns()).forEach(b::line);
        b.lineFeed();
        qr(b, workerCode);
        b.lineFeed();
        PrinterText.wrap("下次来驿站，把这张纸对准扫码口即可登录，不用再放身份证", profile.columns()).forEach(b::line);
        PrinterText.wrap("请妥善保管，丢失请找工作人员", profile.columns()).forEach(b::line);
        b.align(Align.LEFT).lineFeed().feedAndCut(3);
        return new PrintJob(b.build(), b.replacements());
    }

    private void qr(EscPosBuilder b, String token) {
        if (profile.nativeQr()) {
            int modules = QrRaster.encode(token, QR_EC).getWidth() + 2 * QrRaster.QUIET_ZONE_MODULES;
            int moduleDots = Math.max(1, Math.min(profile.qrModuleDots(), profile.printableDots() / modules));
            b.qrNative(token, moduleDots, QR_EC);
            b.lineFeed();
        } else {
            b.raster(QrRaster.render(token, QR_EC, profile.qrModuleDots(), profile.printableDots()));
        }
    }

    /** {@code label：value}, wrapped; continuation lines are indented under the value when there is room. */
    private void field(EscPosBuilder b, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String prefix = label + "：";
        int indent = PrinterText.columns(prefix);
        int width = profile.columns();
        if (indent > width / 2) {
            PrinterText.wrap(prefix + value, width).forEach(b::line);
            return;
        }
        List<String> lines = PrinterText.wrap(value, width - indent);
        b.line(prefix + lines.get(0));
        lines.subList(1, lines.size()).forEach(l -> b.line(" ".repeat(indent) + l));
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + " " + b;
    }
}
