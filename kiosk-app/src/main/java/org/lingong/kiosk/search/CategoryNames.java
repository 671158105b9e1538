package org.lingong.kiosk.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.worktype.JobCategory;

/**
 * The 工种 names of the search in the kiosk's language: jobs carry a work type by its Chinese name, and the one
 * work-type list has its English and Mongolian names ({@link JobCategory#name}); a category the list lacks shows as
 * the job carries it. Immutable.
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
        return known == null ? category : known.name(language);
    }
}
