package org.lingong.kiosk.appointment;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.lingong.devices.printer.PrintResult;
import org.lingong.devices.printer.ReceiptLayout;
import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.devices.printer.SlipText;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.kiosk.slip.SlipWording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appointment slip on the receipt printer, in the words of {@link SlipWording#appointment} (time in the station's
 * zone), laid out by {@link ReceiptLayout}. A printer offline or silent for {@link #PATIENCE} counts as
 * {@link PrinterCondition#OFFLINE}. The log names neither the worker nor the code.
 */
public final class ReceiptAppointmentSlips implements AppointmentSlips {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final SlipWording WORDING = new SlipWording();
    private static final Logger log = LoggerFactory.getLogger(ReceiptAppointmentSlips.class);

    private final ReceiptPrinterDevice printer;
    private final CurrentPrinterProfile profile;
    private final AppointmentBook book;
    private final Supplier<String> station;

    /**
     * Each slip is laid out whole with the paper width and QR mode in force when it is printed, and carries the
     * station's name in force then ({@code station} is read once per slip).
     */
    public ReceiptAppointmentSlips(ReceiptPrinterDevice printer, CurrentPrinterProfile profile, AppointmentBook book,
            Supplier<String> station) {
        this.printer = printer;
        this.profile = profile;
        this.book = book;
        this.station = station;
    }

    /** The slip's words, as printed. */
    public SlipText text(Booking booking) {
        return WORDING.appointment(booking.code(), booking.service().name(),
                AppointmentTimes.onSlip(booking.startsAt(), book.minutes(booking), book.zone()), station.get(),
                booking.state() == BookingState.CONFIRMED);
    }

    @Override
    public Optional<PrinterCondition> print(Booking booking) throws InterruptedException {
        try {
            PrintResult result = printer.print(profile.layout().referralSlip(text(booking)))
                    .get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (result instanceof PrintResult.NotPrinted refused) {
                log.warn("Appointment slip not printed: {}", refused.reason());
                return Optional.of(refused.reason());
            }
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Appointment slip not printed: printer unavailable ({})", e.getClass().getSimpleName());
            return Optional.of(PrinterCondition.OFFLINE);
        }
    }
}
