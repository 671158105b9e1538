package org.lingong.devices.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lingong.devices.transport.serial.SerialPortInfo;
import org.lingong.devices.transport.serial.SerialPorts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ports}: serial ports, their stable links, and USB printer device files. */
@Command(name = "ports", description = "List serial ports, links in /dev/serial/by-id and /dev/kiosk, and /dev/usb/lp* printers.")
final class PortsCommand implements Callable<Integer> {

    static final Path USB_PRINTER_DIRECTORY = Path.of("/dev/usb");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SerialPortInfo> ports = SerialPorts.list();
        List<Path> printers = usbPrinters();
        if (ports.isEmpty() && printers.isEmpty()) {
            out.println("no serial ports or USB printers found (pseudo-terminals are not listed; use their path directly)");
        }
        for (SerialPortInfo p : ports) {
            String target = p.kind() == SerialPortInfo.Kind.SYMLINK ? " -> " + p.resolvedPath() : "";
            String usb = p.usbId().isEmpty() ? "" : " [" + p.usbId() + "]";
            out.println(p.path() + target + "  " + p.description() + usb);
        }
        for (Path lp : printers) {
            out.println(lp + "  USB printer (use --port file:" + lp + ")");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static List<Path> usbPrinters() {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(USB_PRINTER_DIRECTORY)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(USB_PRINTER_DIRECTORY, "lp*")) {
            entries.forEach(found::add);
        } catch (IOException e) {
            return found;
        }
        found.sort(null);
        return found;
    }
}
