package org.lingong.kiosk.slip;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The printed labels of the slip, from {@code slip-labels.properties} (UTF-8) next to this class. */
final class SlipLabels {

    static final String RESOURCE = "slip-labels.properties";
    private final Properties labels = new Properties();

    SlipLabels() {
        try (InputStream in = SlipLabels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("slip labels " + RESOURCE + " are missing from the classpath");
            }
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("slip labels " + RESOURCE + " could not be read", e);
        }
    }

    String get(String key) {
        String value = labels.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("slip label '" + key + "' is missing from " + RESOURCE);
        }
        return value;
    }
}
