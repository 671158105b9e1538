package org.lingong.kiosk.platform;

import java.io.IOException;
import java.util.List;

import org.lingong.kiosk.worktype.DemoJobCategorySource;
import org.lingong.kiosk.worktype.JobCategory;
import org.lingong.kiosk.worktype.JobCategorySource;

/**
 * The one list of work types (工种) for registration and search: the platform's, from the last content bundle, or the
 * bundled copy of it ({@link DemoJobCategorySource}) before a bundle arrived, offline, or off the platform.
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
        return fromPlatform.get().stream().map(c -> new JobCategory(c.code(), c.name(), c.englishName())).toList();
    }
}
