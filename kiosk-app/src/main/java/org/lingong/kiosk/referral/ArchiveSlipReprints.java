package org.lingong.kiosk.referral;

import java.util.List;
import java.util.Optional;

import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.platform.api.token.ReferralLink;

/** Staff reprints over the {@link SlipArchive}: the same slip (number, token, times) comes out again. */
public final class ArchiveSlipReprints implements SlipReprints {

    private final SlipArchive archive;
    private final SlipPrinter printer;

    public ArchiveSlipReprints(SlipArchive archive, SlipPrinter printer) {
        this.archive = archive;
        this.printer = printer;
    }

    @Override
    public List<SlipRecord> recent(int limit) {
        try {
            return archive.recent(limit);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the slip archive cannot be read", e);
        }
    }

    @Override
    public Optional<String> numberOf(String qrToken) {
        try {
            for (SlipRecord record : archive.recent(SlipArchive.MAX_SLIPS)) {
                Optional<ReferralSlip> slip = archive.find(record.slipNumber());
                if (slip.isPresent() && ReferralLink.tokenIn(slip.get().qrToken()).filter(qrToken::equals).isPresent()) {
                    return Optional.of(record.slipNumber());
                }
            }
            return Optional.empty();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the slip archive cannot be read", e);
        }
    }

    @Override
    public Optional<ReferralSlip> slip(String slipNumber) throws Exception {
        return archive.find(slipNumber);
    }

    @Override
    public ReprintResult reprint(String slipNumber) throws Exception {
        Optional<ReferralSlip> slip = archive.find(slipNumber);
        if (slip.isEmpty()) {
            return ReprintResult.UNKNOWN_SLIP;
        }
        Optional<PrinterCondition> notPrinted = printer.print(slip.get());
        if (notPrinted.isPresent()) {
            return ReprintResult.PRINTER_NOT_READY;
        }
        archive.markPrinted(slipNumber);
        return ReprintResult.PRINTED;
    }
}
