package org.lingong.devices.cli;

/** Technician command line: placeholder until the commands land. */
public final class DeviceCli {
    private DeviceCli() {
    }

    public static void main(String[] args) {
        System.err.println("lingong-devices: no commands yet");
        System.exit(2);
    }
}
