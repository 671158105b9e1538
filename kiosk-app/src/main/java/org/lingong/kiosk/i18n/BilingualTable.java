package org.lingong.kiosk.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A bundled demo list of coded names: UTF-8 lines {@code code<TAB>中文名<TAB>English name} (the English name may be
 * missing), blank lines and lines starting with {@code #} skipped. A bad line fails with its number.
 */
public final class BilingualTable {

    /** One line: the code, the Chinese name and, if given, the English one (all stripped). */
    public record Row(String code, String chinese, @Nullable String english) {
    }

    private BilingualTable() {
    }

    /** Reads {@code resource} next to {@code owner}; {@code what} names the list in the error if it is missing. */
    public static List<Row> read(Class<?> owner, String resource, String what) throws IOException {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(what + " " + resource + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        }
    }

    /** The rows of {@code reader}; {@code resource} names the list in the error for a bad line. */
    public static List<Row> parse(BufferedReader reader, String resource) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                throw new IOException(resource + " line " + number + ": expected code<TAB>name[<TAB>English]");
            }
            rows.add(new Row(fields[0].strip(), fields[1].strip(), fields.length > 2 ? fields[2].strip() : null));
        }
        return List.copyOf(rows);
    }
}
