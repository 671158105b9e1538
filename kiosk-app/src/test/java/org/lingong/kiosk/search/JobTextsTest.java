package org.lingong.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobStatus;
import org.lingong.platform.api.jobs.PayUnit;
import org.lingong.testing.MutableClock;

/** Pay with its unit, dates, meals and lodging, and the masked contact phone, in both languages. */
class JobTextsTest {

    private final Messages messages = new Messages(KioskLanguage.ZH_CN);
    private final MutableClock clock = MutableClock.atShanghai("2026-11-28T02:00:00Z");
    private final JobTexts texts = new JobTexts(messages, clock);

    private static Job job(String amount, PayUnit unit, LocalDate start, LocalDate end, boolean meals, boolean lodging) {
        return new Job(1, "小区保洁员", "保洁", "示例物业", "刘示例", "13800000001", "150102", "新城区", "团结路128号",
                new BigDecimal(amount), unit, 2, start, end, "07:30-16:30", "身体健康", meals, lodging, JobStatus.OPEN,
                Instant.parse("2026-11-27T00:00:00Z"));
    }

    @Test
    void theTitleIsMongolianInMongolianWhereThePlatformSentOneAndChineseOtherwise() {
        LocalDate day = LocalDate.of(2026, 11, 28);
        Job plain = job("160", PayUnit.DAY, day, day, true, false);
        Job withMongolian = new Job(plain.id(), plain.title(), plain.category(), plain.employer(), plain.contactName(),
                plain.contactPhone(), plain.districtCode(), plain.districtName(), plain.address(), plain.payAmount(),
                plain.payUnit(), plain.headcount(), plain.startDate(), plain.endDate(), plain.workHours(),
                plain.requirements(), plain.mealsProvided(), plain.lodgingProvided(), plain.status(), plain.updatedAt(),
                "ᠠᠷᠢᠭᠤᠳᠬᠠᠯᠴᠢ");

        assertThat(texts.title(withMongolian)).isEqualTo("小区保洁员");
        messages.select(KioskLanguage.MN);
        assertThat(texts.title(withMongolian)).as("shaped: the joining mark after the Mongolian run")
                .isEqualTo("ᠠᠷᠢᠭᠤᠳᠬᠠᠯᠴᠢ\u200C");
        assertThat(texts.title(plain)).isEqualTo("小区保洁员");
        messages.select(KioskLanguage.EN);
        assertThat(texts.title(withMongolian)).as("no English title: Chinese").isEqualTo("小区保洁员");
    }

    @Test
    void payShowsTheAmountWithoutTrailingZerosAndItsUnit() {
        LocalDate day = LocalDate.of(2026, 11, 28);
        assertThat(texts.pay(job("160.00", PayUnit.DAY, day, day, true, false))).isEqualTo("160 元/天");
        assertThat(texts.pay(job("22.5", PayUnit.HOUR, day, day, true, false))).isEqualTo("22.5 元/小时");
        assertThat(texts.pay(job("800", PayUnit.TASK, day, day, true, false))).isEqualTo("整活 800 元");
        assertThat(texts.pay(job("4500", PayUnit.MONTH, day, day, true, false))).isEqualTo("4500 元/月");
        messages.select(KioskLanguage.EN);
        assertThat(texts.pay(job("120", PayUnit.MU, day, day, true, false))).isEqualTo("120 yuan/mu");
    }

    @Test
    void datesShowOneDayOrTheRangeWithItsLength() {
        LocalDate start = LocalDate.of(2026, 11, 28);
        assertThat(texts.dates(job("1", PayUnit.DAY, start, start, true, true))).isEqualTo("11月28日");
        assertThat(texts.dates(job("1", PayUnit.DAY, start, start.plusDays(4), true, true))).isEqualTo("11月28日 至 12月2日（5 天）");
        messages.select(KioskLanguage.EN);
        assertThat(texts.dates(job("1", PayUnit.DAY, start, start.plusDays(4), true, true))).isEqualTo("Nov 28 to Dec 2 (5 days)");
    }

    @Test
    void aRangeIntoAnotherYearShowsTheYearItEndsIn() {
        LocalDate start = LocalDate.of(2026, 11, 13);
        LocalDate end = LocalDate.of(2027, 1, 31);
        assertThat(texts.dates(job("1", PayUnit.DAY, start, end, true, true))).isEqualTo("11月13日 至 2027年1月31日（80 天）");
        messages.select(KioskLanguage.EN);
        assertThat(texts.dates(job("1", PayUnit.DAY, start, end, true, true))).isEqualTo("Nov 13 to Jan 31, 2027 (80 days)");
    }

    @Test
    void aJobInAnotherYearThanTodayShowsTheYearOnItsStart() {
        LocalDate start = LocalDate.of(2027, 1, 18);
        LocalDate end = LocalDate.of(2027, 11, 28);
        assertThat(texts.dates(job("1", PayUnit.DAY, start, end, true, true)))
                .as("a season job next year: not read as last January").isEqualTo("2027年1月18日 至 11月28日（315 天）");
        assertThat(texts.dates(job("1", PayUnit.DAY, end, end, true, true))).isEqualTo("2027年11月28日");
        LocalDate lastYear = LocalDate.of(2025, 12, 20);
        assertThat(texts.dates(job("1", PayUnit.DAY, lastYear, start, true, true)))
                .isEqualTo("2025年12月20日 至 2027年1月18日（395 天）");
        messages.select(KioskLanguage.EN);
        assertThat(texts.dates(job("1", PayUnit.DAY, start, end, true, true))).isEqualTo("Jan 18, 2027 to Nov 28 (315 days)");
    }

    @Test
    void thisYearIsTheStationsYearNotTheMachines() {
        // 00:30 on 1 January 2027 in Shanghai, still 2026 in UTC
        JobTexts texts = new JobTexts(messages, MutableClock.atShanghai("2026-12-31T16:30:00Z"));
        LocalDate day = LocalDate.of(2027, 1, 18);
        assertThat(texts.dates(job("1", PayUnit.DAY, day, day, true, true))).isEqualTo("1月18日");
        assertThat(texts.dates(job("1", PayUnit.DAY, LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 30), true, true)))
                .isEqualTo("2026年12月30日");
    }

    @Test
    void headcountIsSingularForOnePersonInEnglish() {
        LocalDate day = LocalDate.of(2026, 11, 28);
        Job one = new Job(1, "小区保洁员", "保洁", "示例物业", "刘示例", "13800000001", "150102", "新城区", "团结路128号",
                BigDecimal.ONE, PayUnit.DAY, 1, day, day, "07:30-16:30", "身体健康", true, true, JobStatus.OPEN,
                Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(texts.headcount(one)).isEqualTo("招 1 人");
        messages.select(KioskLanguage.EN);
        assertThat(texts.headcount(one)).isEqualTo("1 person wanted");
        assertThat(texts.headcount(job("1", PayUnit.DAY, day, day, true, true))).isEqualTo("2 people wanted");
        assertThat(messages.get("search.results.found", 1)).isEqualTo("1 job found");
        assertThat(messages.get("search.results.found", 12)).isEqualTo("12 jobs found");
        assertThat(messages.get("staff.pin.wrong", 1)).contains("(1 try left)");
    }

    @Test
    void mealsAndLodgingAreSaidInWordsEitherWay() {
        LocalDate day = LocalDate.of(2026, 11, 28);
        Job mealsOnly = job("1", PayUnit.DAY, day, day, true, false);
        assertThat(texts.meals(mealsOnly)).isEqualTo("包吃");
        assertThat(texts.lodging(mealsOnly)).isEqualTo("不包住");
    }

    @Test
    void phoneNumbersAreMaskedLeavingTheFirstThreeAndLastFourDigits() {
        assertThat(JobTexts.maskPhone("13800000001")).isEqualTo("138****0001");
        assertThat(JobTexts.maskPhone("0471-0001001")).isEqualTo("047****1001");
        assertThat(JobTexts.maskPhone("12345")).isEqualTo("***45");
        assertThat(JobTexts.maskPhone("")).isEmpty();
    }
}
