package org.lingong.kiosk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.MongolianShaping;
import org.lingong.kiosk.worktype.JobCategory;
import org.lingong.kiosk.worktype.JobCategorySource;
import org.lingong.platform.api.content.ContentBundle;
import org.lingong.platform.api.content.WorkCategory;

/** The work types' Mongolian names: the platform's where it sent one, the bundled list's, else Chinese. */
class PlatformJobCategoriesTest {

    private static final JobCategorySource BUNDLED = () -> List.of(
            new JobCategory("G205", "保洁", "Cleaning", "ᠠᠷᠢᠭᠤᠳᠬᠠᠯ"),
            new JobCategory("G601", "剪羊毛", "Sheep shearing", "ᠬᠣᠨᠢ"),
            new JobCategory("G700", "旧名称", "Old name", "ᠬᠠᠭᠤᠴᠢᠨ"));

    @Test
    void thePlatformsMongolianNameWinsTheBundledOneFillsAGapAndWithoutEitherChineseIsShown() throws Exception {
        PlatformContent content = new PlatformContent();
        content.update(new ContentBundle(1, "1501", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
                new WorkCategory("G601", "剪羊毛", "Sheep shearing", "PASTORAL", true, "ᠬᠣᠨᠢ ᠬᠢᠷᠢᠭᠠᠬᠤ"),
                new WorkCategory("G205", "保洁", "Cleaning", "SERVICE", false),
                new WorkCategory("G700", "新名称", "New name", "OTHER", false),
                new WorkCategory("G102", "钢筋工", "Steel fixer", "CONSTRUCTION", false)), null));

        List<JobCategory> categories = new PlatformJobCategories(content, BUNDLED).categories();

        assertThat(categories).extracting(c -> c.name(KioskLanguage.MN)).containsExactly(
                MongolianShaping.shape("ᠬᠣᠨᠢ ᠬᠢᠷᠢᠭᠠᠬᠤ"), MongolianShaping.shape("ᠠᠷᠢᠭᠤᠳᠬᠠᠯ"),
                "新名称", "钢筋工");
        assertThat(categories).extracting(c -> c.name(KioskLanguage.ZH_CN))
                .containsExactly("剪羊毛", "保洁", "新名称", "钢筋工");
    }
}
