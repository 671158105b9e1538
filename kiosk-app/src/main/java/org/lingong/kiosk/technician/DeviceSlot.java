package org.lingong.kiosk.technician;

/** The three devices a technician attaches, with their configuration keys. */
public enum DeviceSlot {
    ID_CARD_READER("idcard", "technician.device.idcard"),
    PRINTER("printer", "technician.device.printer"),
    SCANNER("scanner", "technician.device.scanner");

    private final String section;
    private final String labelKey;

    DeviceSlot(String section, String labelKey) {
        this.section = section;
        this.labelKey = labelKey;
    }

    /** The section under {@code kiosk.devices}, e.g. {@code printer}. */
    public String section() {
        return section;
    }

    /** The key of the transport spec, e.g. {@code kiosk.devices.printer.port}. */
    public String key() {
        return "kiosk.devices." + section + ".port";
    }

    public String labelKey() {
        return labelKey;
    }
}
