package org.lingong.platform.server.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lingong.platform.api.content.WorkCategory;
import org.lingong.platform.server.seed.JobCategories;

/**
 * The platform's one list of work types (工种) as terminals receive it: the category table jobs are made from, in its
 * order (seasonal farm and pastoral work included), with English names from {@code work-category-names-en.tsv} and
 * Mongolian ones where {@link MongolianNames} has them.
 */
final class WorkCategories {

    static final String ENGLISH_NAMES = "work-category-names-en.tsv";

    private static final class Holder {
        static final List<WorkCategory> ALL = load();
    }

    private WorkCategories() {
    }

    static List<WorkCategory> all() {
        return Holder.ALL;
    }

    private static List<WorkCategory> load() {
        Map<String, String> english = englishNames();
        return JobCategories.standard().all().stream().map(c -> new WorkCategory(c.code(), c.name(),
                english.get(c.code()), c.group().name(), c.isSeasonal(), MongolianNames.category(c.code()))).toList();
    }

    private static Map<String, String> englishNames() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = WorkCategories.class.getResourceAsStream(ENGLISH_NAMES)) {
            if (in == null) {
                throw new IllegalStateException(ENGLISH_NAMES + " is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    names.put(cells[0].strip(), cells[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(ENGLISH_NAMES + " cannot be read", e);
        }
        return names;
    }
}
