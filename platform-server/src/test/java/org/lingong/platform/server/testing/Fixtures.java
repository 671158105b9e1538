package org.lingong.platform.server.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.jobs.JobDraft;
import org.lingong.platform.api.jobs.JobStatus;
import org.lingong.platform.api.jobs.PayUnit;
import org.lingong.platform.api.workers.IdNumber;

/** Fictional test data: jobs, workers, events as the kiosk would send them. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A valid fictional ID number: the 17 digits given plus the right check character. */
    public static String idNumber(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static JobDraft job(String title, String districtCode) {
        return new JobDraft(title, "保洁", "测试物业公司", "王经理", "13800000000", districtCode, "测试区", "测试路8号",
                new BigDecimal("180.00"), PayUnit.DAY, 3, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5),
                "08:00-17:00", "身体健康", true, false, JobStatus.OPEN);
    }

    public static Map<String, Object> event(String type, String workerRef, Map<String, Object> payload) {
        return event(UUID.randomUUID(), type, workerRef, payload);
    }

    public static Map<String, Object> event(UUID eventId, String type, String workerRef, Map<String, Object> payload) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", eventId.toString());
        event.put("type", type);
        event.put("occurredAt", Instant.now().toString());
        if (workerRef != null) {
            event.put("workerRef", workerRef);
        }
        event.put("payload", payload);
        return event;
    }

    public static Map<String, Object> worker(String idNumber, String name, EmploymentStatus status) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("idNumber", idNumber);
        payload.put("name", name);
        payload.put("phone", "13900000000");
        payload.put("skills", List.of("保洁", "搬运"));
        payload.put("expectedDailyPay", 200);
        payload.put("employmentStatus", status.name());
        payload.put("consent", true);
        payload.put("cardRead", true);
        return payload;
    }

    public static Map<String, Object> batch(Object... events) {
        return Map.of("events", List.of(events));
    }
}
