package org.lingong.kiosk.worktype;

import java.io.IOException;
import java.util.List;

import org.lingong.kiosk.i18n.BilingualTable;

/**
 * Demo stand-in for the platform's category list: {@code demo-job-categories.tsv} next to this
 * class (a {@link BilingualTable}: {@code code<TAB>中文名<TAB>English name}), with the codes of the
 * platform's seed categories.
 */
public final class DemoJobCategorySource implements JobCategorySource {

    static final String RESOURCE = "demo-job-categories.tsv";

    @Override
    public List<JobCategory> categories() throws IOException {
        return BilingualTable.read(DemoJobCategorySource.class, RESOURCE, "demo job category list").stream()
                .map(row -> new JobCategory(row.code(), row.chinese(), row.english(), row.mongolian())).toList();
    }
}
