package org.lingong.platform.server.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The platform's own Mongolian names (traditional script, machine-made, marked for review) from
 * {@code mongolian-names.tsv}: of work types by code, of service items by their Chinese name, and the words the demo
 * seed builds Mongolian job titles with. A name that is not there is {@code null}: terminals then show the Chinese.
 */
public final class MongolianNames {

    static final String RESOURCE = "mongolian-names.tsv";

    private static final class Holder {
        static final Map<String, String> ALL = load();
    }

    private MongolianNames() {
    }

    /** The work type's name, e.g. {@code G601} → ᠬᠣᠨᠢ ᠬᠢᠷᠭᠠᠬᠤ; null if none. */
    public static String category(String code) {
        return Holder.ALL.get("category\t" + code);
    }

    /** A service item's name by its Chinese name, e.g. {@code 求职登记}; null if none. */
    public static String serviceItem(String chineseName) {
        return Holder.ALL.get("service\t" + chineseName);
    }

    /** A job title of the demo seed: the work type's name and "wanted"; null if the work type has no name. */
    public static String jobTitle(String categoryCode) {
        String category = category(categoryCode);
        return category == null ? null : category + " " + Holder.ALL.get("job\twanted");
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = MongolianNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    names.put(cells[0].strip() + "\t" + cells[1].strip(), cells[2].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
        return Map.copyOf(names);
    }
}
