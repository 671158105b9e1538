package org.lingong.platform.server.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated classpath resource next to this class; '#' lines and blank lines are skipped. */
final class TsvResource {

    private TsvResource() {
    }

    /** One data row with its 1-based line number, for error messages. */
    record Row(String resource, int line, String[] cells) {

        String cell(int index) {
            return cells[index].strip();
        }

        IllegalStateException error(String reason) {
            return new IllegalStateException(resource + ":" + line + ": " + reason);
        }
    }

    static List<Row> read(String resourceName, int columns) {
        try (InputStream in = TsvResource.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resourceName);
            }
            return parse(resourceName, columns, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourceName, e);
        }
    }

    private static List<Row> parse(String name, int columns, BufferedReader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Row row = new Row(name, lineNo, cells);
            if (cells.length != columns) {
                throw row.error("expected " + columns + " tab-separated columns, found " + cells.length);
            }
            rows.add(row);
        }
        return rows;
    }
}
