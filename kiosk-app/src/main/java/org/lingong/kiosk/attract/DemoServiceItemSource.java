package org.lingong.kiosk.attract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo stand-in for the platform's service item list: reads {@code demo-service-items.tsv} next to
 * this class (UTF-8; {@code code<TAB>中文名<TAB>English name}; {@code #} starts a comment line).
 */
public final class DemoServiceItemSource implements ServiceItemSource {

    static final String RESOURCE = "demo-service-items.tsv";

    @Override
    public List<ServiceItem> serviceItems() throws IOException {
        try (InputStream in = DemoServiceItemSource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("demo service item list " + RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
    }

    static List<ServiceItem> parse(BufferedReader reader) throws IOException {
        List<ServiceItem> items = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                throw new IOException(RESOURCE + " line " + number + ": expected code<TAB>name[<TAB>English]");
            }
            items.add(new ServiceItem(fields[0].strip(), fields[1].strip(), fields.length > 2 ? fields[2].strip() : null));
        }
        return List.copyOf(items);
    }
}
