package org.lingong.kiosk.platform;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.lingong.kiosk.worktype.DemoJobCategorySource;
import org.lingong.kiosk.worktype.JobCategory;
import org.lingong.kiosk.worktype.JobCategorySource;

/**
 * The one list of work types (工种) for registration and search: the platform's, from the last content bundle, or the
 * bundled copy of it ({@link DemoJobCategorySource}) before a bundle arrived, offline, or off the platform. A work type
 * the platform sends without a Mongolian name keeps the bundled list's one for the same code and Chinese name.
 */
public final class PlatformJobCategories implements JobCategorySource {

    private final PlatformContent content;
    private final JobCategorySource bundled;

    public PlatformJobCategories(PlatformContent content, JobCategorySource bundled) {
        this.content = content;
        this.bundled = bundled;
    }

    @Override
    public List<JobCategory> categories() throws IOException {
        var fromPlatform = content.workCategories();
        if (fromPlatform.isEmpty()) {
            return bundled.categories();
        }
        Map<String, JobCategory> bundledByCode = bundled.categories().stream()
                .collect(Collectors.toMap(JobCategory::code, c -> c, (first, second) -> first));
        return fromPlatform.get().stream().map(c -> new JobCategory(c.code(), c.name(), c.englishName(),
                c.mongolianName() != null ? c.mongolianName() : bundledMongolian(bundledByCode.get(c.code()), c.name())))
                .toList();
    }

    /** The bundled list's Mongolian name of the same work type (same code and Chinese name), or null. */
    private static @Nullable String bundledMongolian(@Nullable JobCategory bundled, String chineseName) {
        return bundled != null && bundled.chineseName().equals(chineseName) ? bundled.mongolianName() : null;
    }
}
