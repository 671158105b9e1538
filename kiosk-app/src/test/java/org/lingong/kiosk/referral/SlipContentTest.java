package org.lingong.kiosk.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.config.CurrentStation;
import org.lingong.devices.printer.ReferralSlip;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobStatus;
import org.lingong.platform.api.jobs.PayUnit;

/** What a slip says and how long it is valid. */
class SlipContentTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant ISSUED = Instant.parse("2026-11-27T01:00:00Z"); // 09:00 in Hohhot
    private final SlipContent content = new SlipContent(SHANGHAI, "测试驿站", "https://jiuye.example.gov.cn/");

    @Test
    void aShortJobIsValidUntilTheEndOfItsLastDay() {
        Duration validity = content.validity(job("2026-11-28", "2026-11-30", PayUnit.DAY), ISSUED);
        assertThat(ISSUED.plus(validity)).isEqualTo(Instant.parse("2026-11-30T15:59:59Z"));
    }

    @Test
    void aLongSeasonJobIsValidForItsFirstFourteenDays() {
        Duration validity = content.validity(job("2027-01-11", "2027-03-08", PayUnit.DAY), ISSUED);
        assertThat(ISSUED.plus(validity)).isEqualTo(Instant.parse("2027-01-24T15:59:59Z"));
    }

    @Test
    void aJobUnderWayIsValidForFourteenDaysFromTodayAndOneThatEndedForAnHour() {
        assertThat(ISSUED.plus(content.validity(job("2026-11-01", "2027-03-08", PayUnit.MONTH), ISSUED)))
                .isEqualTo(Instant.parse("2026-12-10T15:59:59Z"));
        assertThat(content.validity(job("2026-11-20", "2026-11-26", PayUnit.DAY), ISSUED)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void eachSlipCarriesTheStationNameInForceWhenItIsMade() {
        CurrentStation station = new CurrentStation("测试驿站", "ST-150102-001");
        SlipContent live = new SlipContent(SHANGHAI, station::name, "https://jiuye.example.gov.cn/");
        ActiveWorker worker = new ActiveWorker("w-1", "王*例", "110***********1233");
        Job job = job("2026-11-28", "2026-11-30", PayUnit.DAY);

        ReferralSlip before = live.slip("TJ-20261127-0001", job, worker, ISSUED, ISSUED.plusSeconds(60), "LG1.t");
        station.rename("海拉尔东路零工驿站");
        ReferralSlip after = live.slip("TJ-20261127-0002", job, worker, ISSUED, ISSUED.plusSeconds(60), "LG1.t");

        assertThat(before.station()).isEqualTo("测试驿站");
        assertThat(after.station()).isEqualTo("海拉尔东路零工驿站");
    }

    @Test
    void theSlipCarriesChineseTextsAndOnlyMaskedWorkerData() {
        ReferralSlip slip = content.slip("TJ-20261127-0001", job("2026-11-28", "2026-11-30", PayUnit.TASK),
                new ActiveWorker("w-1", "王*例", "110***********1233"), ISSUED, ISSUED.plus(Duration.ofDays(3)), "LG1.t");

        assertThat(slip.pay()).isEqualTo("整活 800 元");
        assertThat(slip.workDates()).isEqualTo("2026-11-28 至 2026-11-30");
        assertThat(slip.issuedAt()).isEqualTo("2026-11-27 09:00");
        assertThat(slip.expiresAt()).isEqualTo("2026-11-30 09:00");
        assertThat(slip.workerName()).isEqualTo("王*例");
        assertThat(slip.workerIdNumber()).isEqualTo("110***********1233");
        assertThat(slip.station()).isEqualTo("测试驿站");
        assertThat(slip.qrToken()).as("the QR opens the platform's check page on a phone")
                .isEqualTo("https://jiuye.example.gov.cn/v/LG1.t");
        assertThat(content.dates(job("2026-11-28", "2026-11-28", PayUnit.DAY))).isEqualTo("2026-11-28");
    }

    private static Job job(String start, String end, PayUnit unit) {
        return new Job(7, "小区保洁员", "保洁", "示例物业", "刘示例", "13800000001", "150102", "新城区", "团结路128号",
                new BigDecimal("800.00"), unit, 2, LocalDate.parse(start), LocalDate.parse(end), "07:30-16:30",
                "身体健康", true, false, JobStatus.OPEN, Instant.parse("2026-11-27T00:00:00Z"));
    }
}
