package org.lingong.kiosk.appointment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lingong.devices.printer.codec.PrinterCondition;

/** Records the bookings whose slips were printed; {@link #paperOut()} makes the next ones fail. */
final class PrintedSlips implements AppointmentSlips {

    final List<Booking> printed = new ArrayList<>();
    private boolean paperOut;

    void paperOut() {
        paperOut = true;
    }

    @Override
    public Optional<PrinterCondition> print(Booking booking) {
        if (paperOut) {
            return Optional.of(PrinterCondition.PAPER_OUT);
        }
        printed.add(booking);
        return Optional.empty();
    }
}
