package org.lingong.kiosk.appointment;

import java.util.Optional;
import org.lingong.devices.printer.codec.PrinterCondition;

/** Prints a booking's slip. Blocking (the printer): through the task executor only. */
public interface AppointmentSlips {

    /** Empty when printed, else why not. */
    Optional<PrinterCondition> print(Booking booking) throws InterruptedException;
}
