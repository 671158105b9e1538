package org.lingong.kiosk.demo;

import java.util.Locale;

import org.lingong.devices.printer.sim.SimulatedPrinterState;

/** The printer states the demo panel offers, in panel order. */
public enum PrinterStateChoice {
    NORMAL(SimulatedPrinterState.ONLINE),
    PAPER_NEAR_END(SimulatedPrinterState.PAPER_NEAR_END),
    PAPER_OUT(SimulatedPrinterState.PAPER_OUT),
    COVER_OPEN(SimulatedPrinterState.COVER_OPEN),
    OFFLINE(SimulatedPrinterState.OFFLINE),
    NO_REPLY(SimulatedPrinterState.SILENT);

    private final SimulatedPrinterState simulated;

    PrinterStateChoice(SimulatedPrinterState simulated) {
        this.simulated = simulated;
    }

    public SimulatedPrinterState simulated() {
        return simulated;
    }

    public String labelKey() {
        return "demo.printer." + name().toLowerCase(Locale.ROOT);
    }
}
