package org.lingong.kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.testing.MutableClock;
import org.lingong.platform.api.events.SignUpTarget;

/** A course or fair that names no place says to ask the staff instead of leaving the row empty. */
class ContentPlaceTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            TRAINING, '',             ZH_CN, 请咨询工作人员
            JOB_FAIR, '   ',          ZH_CN, 请咨询工作人员
            JOB_FAIR, '',             EN,    Please ask the station staff
            TRAINING, 新城区职业技能培训中心, ZH_CN, 新城区职业技能培训中心
            """)
    void aMissingPlaceSaysAskTheStaff(SignUpTarget target, String place, KioskLanguage language, String shown) {
        ContentTexts texts = new ContentTexts(new Messages(language), MutableClock.atShanghai("2026-11-27T01:00:00Z"));
        ContentEntry entry = new ContentEntry(target, 1, "育婴员培训", "示例培训学校", place,
                LocalDateTime.of(2026, 12, 1, 9, 0), null, target == SignUpTarget.JOB_FAIR, true, "");

        assertThat(texts.place(entry)).isEqualTo(shown);
    }
}
