package org.lingong.kiosk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.ObjectName;

/**
 * Live objects per class, as {@code jcmd <pid> GC.class_histogram} prints them (it runs a full GC first), taken
 * from inside the process through the HotSpot {@code DiagnosticCommand} MBean. A histogram taken mid-run is kept in
 * a file ({@link #takeTo}) and read back at the end ({@link #readFrom}), so that the harness does not hold thousands
 * of its own strings while the next one is taken.
 */
record HeapHistogram(Map<String, Count> classes) {

    /** Instances and shallow bytes of one class. */
    record Count(long instances, long bytes) {
    }

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    static HeapHistogram take() throws Exception {
        return parse(histogramText());
    }

    static void takeTo(Path file) throws Exception {
        Files.writeString(file, histogramText());
    }

    static HeapHistogram readFrom(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    private static String histogramText() throws Exception {
        ObjectName command = new ObjectName("com.sun.management:type=DiagnosticCommand");
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(command, "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }

    private static HeapHistogram parse(String text) {
        Map<String, Count> classes = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                classes.merge(row.group(3), new Count(Long.parseLong(row.group(1)), Long.parseLong(row.group(2))),
                        (a, b) -> new Count(a.instances() + b.instances(), a.bytes() + b.bytes()));
            }
        }
        return new HeapHistogram(Map.copyOf(classes));
    }

    Count of(String className) {
        return classes.getOrDefault(className, new Count(0, 0));
    }

    /** Sum over every class whose name starts with {@code prefix}. */
    Count ofPackage(String prefix) {
        return classes.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .reduce(new Count(0, 0), (a, b) -> new Count(a.instances() + b.instances(), a.bytes() + b.bytes()));
    }
}
