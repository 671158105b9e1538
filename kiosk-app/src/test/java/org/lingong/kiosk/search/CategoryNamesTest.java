package org.lingong.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.MongolianShaping;
import org.lingong.kiosk.worktype.JobCategory;

class CategoryNamesTest {

    private final CategoryNames names = CategoryNames.of(List.of(
            new JobCategory("G205", "保洁", "Cleaning", "ᠠᠷᠢᠭᠤᠳᠬᠠᠯ"),
            new JobCategory("G102", "钢筋工", "Steel fixer")));

    @Test
    void aCategoryShowsInMongolianWhereTheListHasItsNameElseAsTheJobCarriesIt() {
        assertThat(names.name("保洁", KioskLanguage.MN)).isEqualTo(MongolianShaping.shape("ᠠᠷᠢᠭᠤᠳᠬᠠᠯ"));
        assertThat(names.name("钢筋工", KioskLanguage.MN)).isEqualTo("钢筋工");
        assertThat(names.name("保洁", KioskLanguage.EN)).as("English tiles keep the job's name").isEqualTo("保洁");
        assertThat(names.name("农家乐帮工", KioskLanguage.MN)).as("not on the list").isEqualTo("农家乐帮工");
        assertThat(CategoryNames.NONE.name("保洁", KioskLanguage.MN)).isEqualTo("保洁");
    }
}
