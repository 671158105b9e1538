package org.lingong.kiosk.worktype;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;


class DemoJobCategorySourceTest {

    @Test
    void bundledListHoldsTheSeedCategoriesWithSeasonalPastoralWorkUniqueCodesAndEnglishNames() throws Exception {
        List<JobCategory> categories = new DemoJobCategorySource().categories();

        assertThat(categories).extracting(JobCategory::chineseName).contains("剪羊毛", "挤奶工", "放牧/羊倌", "扫雪/除雪");
        JobCategory first = categories.get(0);
        assertThat(new JobCategory(first.code(), first.chineseName(), first.englishName()))
                .isEqualTo(new JobCategory("G101", "建筑小工", "Construction helper"));
        assertThat(first.mongolianName()).as("the list's optional fourth column").isNotBlank();
        assertThat(categories).extracting(JobCategory::code).doesNotHaveDuplicates();
        assertThat(categories).allSatisfy(category -> assertThat(category.englishName()).isNotBlank());
    }
}
