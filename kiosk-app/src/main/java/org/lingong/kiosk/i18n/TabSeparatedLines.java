package org.lingong.kiosk.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.function.Consumer;

/**
 * A bundled UTF-8 list of tab-separated lines (the demo lists), blank lines and lines starting with {@code #}
 * skipped. A line the caller rejects (an {@link IllegalArgumentException}, or a {@link DateTimeException} from a
 * date or time that does not parse) fails the whole list with its line number.
 */
public final class TabSeparatedLines {

    private TabSeparatedLines() {
    }

    /** Reads {@code resource} next to {@code owner}; {@code what} names the list in the error if it is missing. */
    public static void read(Class<?> owner, String resource, String what, Consumer<String[]> eachLine)
            throws IOException {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(what + " " + resource + " is missing from the classpath");
            }
            parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource, eachLine);
        }
    }

    /** Hands each line's fields to {@code eachLine}; {@code resource} names the list in the error for a bad line. */
    public static void parse(BufferedReader reader, String resource, Consumer<String[]> eachLine) throws IOException {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                eachLine.accept(line.split("\t"));
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new IOException(resource + " line " + number + ": " + e.getMessage(), e);
            }
        }
    }
}
