package org.lingong.kiosk.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;

/** 有效期至 on screen in the kiosk's date words, in the station's year, not in the printed ISO form. */
class SlipValidityTextTest {

    private static final ZoneId STATION = ZoneId.of("Asia/Shanghai");

    @Test
    void aSlipValidTomorrowReadsAsMonthDayAndTime() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), STATION);

        assertThat(SlipValidityText.of("2026-12-07 08:15", new Messages(KioskLanguage.ZH_CN), clock))
                .isEqualTo("有效期至：12月7日 08:15");
        assertThat(SlipValidityText.of("2026-12-07 08:15", new Messages(KioskLanguage.EN), clock))
                .isEqualTo("Valid until: Dec 7, 08:15");
    }

    @Test
    void theYearShowsOnlyWhenItIsNotTheStationsCurrentYear() {
        // 00:30 on 1 January at the station, still 31 December in UTC
        Clock newYear = Clock.fixed(Instant.parse("2026-12-31T16:30:00Z"), STATION);
        Clock december = Clock.fixed(Instant.parse("2026-12-31T02:00:00Z"), STATION);
        Messages messages = new Messages(KioskLanguage.ZH_CN);

        assertThat(SlipValidityText.of("2027-01-02 18:00", messages, newYear)).isEqualTo("有效期至：1月2日 18:00");
        assertThat(SlipValidityText.of("2027-01-02 18:00", messages, december)).isEqualTo("有效期至：2027年1月2日 18:00");
    }

    @Test
    void aTimeInAnotherFormIsShownAsItIs() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), STATION);

        assertThat(SlipValidityText.of("明天 08:15", new Messages(KioskLanguage.ZH_CN), clock)).isEqualTo("有效期至：明天 08:15");
    }
}
