package org.lingong.kiosk.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A bundled demo list of coded names: UTF-8 lines {@code code<TAB>中文名<TAB>English name[<TAB>Mongolian name]} (the
 * English and Mongolian names may be missing; an empty English column with a Mongolian name is {@code -}), blank lines and lines starting with {@code #} skipped. A bad line fails with its number.
 */
public final class BilingualTable {

    /** One line: the code, the Chinese name and, if given, the English one (all stripped). */
    public record Row(String code, String chinese, @Nullable String english, @Nullable String mongolian) {

        public Row(String code, String chinese, @Nullable String english) {
            this(code, chinese, english, null);
        }
    }

    private BilingualTable() {
    }

    /** Reads {@code resource} next to {@code owner}; {@code what} names the list in the error if it is missing. */
    public static List<Row> read(Class<?> owner, String resource, String what) throws IOException {
        List<Row> rows = new ArrayList<>();
        TabSeparatedLines.read(owner, resource, what, fields -> rows.add(row(fields)));
        return List.copyOf(rows);
    }

    /** The rows of {@code reader}; {@code resource} names the list in the error for a bad line. */
    public static List<Row> parse(BufferedReader reader, String resource) throws IOException {
        List<Row> rows = new ArrayList<>();
        TabSeparatedLines.parse(reader, resource, fields -> rows.add(row(fields)));
        return List.copyOf(rows);
    }

    private static Row row(String[] fields) {
        if (fields.length < 2) {
            throw new IllegalArgumentException("expected code<TAB>name[<TAB>English]");
        }
        String english = fields.length > 2 && !fields[2].strip().equals("-") ? fields[2].strip() : null;
        return new Row(fields[0].strip(), fields[1].strip(), english, fields.length > 3 ? fields[3].strip() : null);
    }
}
