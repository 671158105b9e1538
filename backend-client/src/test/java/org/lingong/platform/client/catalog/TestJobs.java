package org.lingong.platform.client.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobDraft;
import org.lingong.platform.api.jobs.JobStatus;
import org.lingong.platform.api.jobs.PayUnit;

/** Fictional jobs. */
final class TestJobs {

    private TestJobs() {
    }

    static JobDraft draft(String title, String category, String districtCode, String pay, PayUnit unit, LocalDate start, LocalDate end) {
        return new JobDraft(title, category, "测试物业公司", "王经理", "13800000000", districtCode, "测试区", "测试路8号",
                new BigDecimal(pay), unit, 3, start, end, "08:00-17:00", "身体健康", true, false, JobStatus.OPEN);
    }

    static JobDraft draft(String title, String category, String districtCode) {
        return draft(title, category, districtCode, "180.00", PayUnit.DAY, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5));
    }

    static Job job(long id, String title, String category, String districtCode, String pay, PayUnit unit,
                   LocalDate start, LocalDate end, JobStatus status, Instant updatedAt) {
        return new Job(id, title, category, "测试物业公司", "王经理", "13800000000", districtCode, "测试区", "测试路8号",
                new BigDecimal(pay), unit, 3, start, end, "08:00-17:00", "身体健康", true, false, status, updatedAt);
    }
}
