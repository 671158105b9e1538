package org.lingong.kiosk.referral;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.platform.client.BackendClient;

/**
 * The referral desk and the reprint port of this kiosk, and the slip archive they share (closed with the context).
 * With a platform link they work over the {@link SlipArchive} in the platform data directory; without one, both are
 * the {@link NoPlatformReferralDesk}.
 */
final class ReferralOffice implements AutoCloseable {

    private final ReferralDesk desk;
    private final SlipReprints reprints;
    private final @Nullable SlipArchive archive;

    private ReferralOffice(ReferralDesk desk, SlipReprints reprints, @Nullable SlipArchive archive) {
        this.desk = desk;
        this.reprints = reprints;
        this.archive = archive;
    }

    static ReferralOffice withoutPlatform() {
        NoPlatformReferralDesk none = new NoPlatformReferralDesk();
        return new ReferralOffice(none, none, null);
    }

    static ReferralOffice open(BackendClient backend, Path dataDirectory, ReceiptPrinterDevice printerDevice,
            CurrentPrinterProfile profile, StaffAlerts alerts, Supplier<String> station, String platformUrl,
            Clock clock)
            throws IOException {
        SlipArchive archive = SlipArchive.open(dataDirectory, clock);
        SlipPrinter printer = new SlipPrinter(printerDevice, profile);
        return new ReferralOffice(new PlatformReferralDesk(backend, archive, printer, alerts,
                new SlipContent(clock.getZone(), station, platformUrl), clock), new ArchiveSlipReprints(archive, printer), archive);
    }

    ReferralDesk desk() {
        return desk;
    }

    SlipReprints reprints() {
        return reprints;
    }

    @Override
    public void close() throws SQLException {
        if (archive != null) {
            archive.close();
        }
    }
}
