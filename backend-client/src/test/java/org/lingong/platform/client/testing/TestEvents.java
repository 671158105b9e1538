package org.lingong.platform.client.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lingong.platform.api.events.DeviceState;
import org.lingong.platform.api.events.DeviceStatusChange;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.api.events.Feedback;
import org.lingong.platform.api.events.VisitCount;
import org.lingong.platform.api.events.WorkerProfile;
import org.lingong.platform.api.workers.IdNumber;

/** Fictional kiosk events. ID numbers use the 1501 02 division and a made-up sequence; names are invented. */
public final class TestEvents {

    public static final String FICTIONAL_NAME = "测试甲乙";

    private TestEvents() {
    }

    /** A valid fictional ID number, different for each {@code n} (0-999). */
    public static String idNumber(int n) {
        String first17 = "15010219800101" + String.format("%03d", n % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static EventEnvelope workerRegistered(String workerRef, int n) {
        return workerRegistered(workerRef, n, true);
    }

    public static EventEnvelope workerRegistered(String workerRef, int n, boolean consent) {
        WorkerProfile profile = new WorkerProfile(idNumber(n), FICTIONAL_NAME, "13900001234", List.of("保洁", "搬运"), 200,
                "weekdays", EmploymentStatus.UNEMPLOYED, consent, true);
        return new EventEnvelope(UUID.randomUUID(), EventType.WORKER_REGISTERED, Instant.now(), workerRef, profile);
    }

    public static EventEnvelope workerUpdated(String workerRef, int n) {
        WorkerProfile profile = new WorkerProfile(idNumber(n), FICTIONAL_NAME, "13900005678", List.of("保洁"), 220,
                "weekends", EmploymentStatus.UNEMPLOYED, true, true);
        return new EventEnvelope(UUID.randomUUID(), EventType.WORKER_UPDATED, Instant.now(), workerRef, profile);
    }

    public static EventEnvelope visits(int count) {
        return new EventEnvelope(UUID.randomUUID(), EventType.VISIT_COUNT, Instant.now(), null,
                new VisitCount(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), count));
    }

    public static EventEnvelope feedback(int rating) {
        return new EventEnvelope(UUID.randomUUID(), EventType.FEEDBACK, Instant.now(), null, new Feedback(rating, "好用"));
    }

    public static EventEnvelope printerPaperLow() {
        return new EventEnvelope(UUID.randomUUID(), EventType.DEVICE_STATUS, Instant.now(), null,
                new DeviceStatusChange("printer", DeviceState.PAPER_LOW, null));
    }

    /** {@code n} anonymous events (visit counts and feedback alternating). */
    public static List<EventEnvelope> anonymous(int n) {
        List<EventEnvelope> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            events.add(i % 2 == 0 ? visits(1 + i % 5) : feedback(1 + i % 5));
        }
        return events;
    }
}
