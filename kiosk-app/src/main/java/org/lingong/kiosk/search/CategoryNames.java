package org.lingong.kiosk.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.worktype.JobCategory;

/**
 * The 工种 names of the search tiles: jobs carry a work type by its Chinese name; in Mongolian the one work-type
 * list's Mongolian name is shown where it has one ({@link JobCategory#name}), else the name the job carries. English
 * keeps the Chinese names here, as before: the English ones are too long for the search's tiles (registration shows
 * them in its larger tiles). Immutable.
 */
record CategoryNames(Map<String, JobCategory> byChineseName) {

    static final CategoryNames NONE = new CategoryNames(Map.of());

    CategoryNames {
        byChineseName = Map.copyOf(byChineseName);
    }

    static CategoryNames of(List<JobCategory> workTypes) {
        return new CategoryNames(workTypes.stream()
                .collect(Collectors.toMap(JobCategory::chineseName, Function.identity(), (first, second) -> first)));
    }

    String name(String category, KioskLanguage language) {
        JobCategory known = byChineseName.get(category);
        return known == null || language != KioskLanguage.MN ? category : known.name(language);
    }
}
