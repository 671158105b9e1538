package org.lingong.kiosk.registration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo stand-in for the platform's category list: {@code demo-job-categories.tsv} next to this
 * class (UTF-8; {@code code<TAB>中文名<TAB>English name}; {@code #} comments), with the codes of the
 * platform's seed categories.
 */
public final class DemoJobCategorySource implements JobCategorySource {

    static final String RESOURCE = "demo-job-categories.tsv";

    @Override
    public List<JobCategory> categories() throws IOException {
        try (InputStream in = DemoJobCategorySource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("demo job category list " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<JobCategory> categories = new ArrayList<>();
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
                categories.add(new JobCategory(fields[0].strip(), fields[1].strip(),
                        fields.length > 2 ? fields[2].strip() : null));
            }
            return List.copyOf(categories);
        }
    }
}
