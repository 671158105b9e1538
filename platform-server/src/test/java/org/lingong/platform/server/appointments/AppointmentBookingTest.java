package org.lingong.platform.server.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.lingong.platform.server.testing.EventPoster;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import tools.jackson.databind.JsonNode;

/**
 * Appointments over HTTP as kiosks book them: a seat is given once, also when two kiosks of one station book the same
 * slot at the same moment; the loser is kept as LOST with the next free slot, which its kiosk reads at its next sync.
 */
class AppointmentBookingTest extends PlatformHttpTest {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Test
    void calendarListsSlotsInTheStationZoneWithCapacity() {
        TestTerminal kiosk = client.enroll(HOHHOT.code());
        JsonNode calendar = calendar(kiosk);

        assertThat(calendar.get("zone").asString()).isEqualTo("Asia/Shanghai");
        JsonNode first = calendar.get("slots").get(0);
        java.time.ZonedDateTime local = Instant.parse(first.get("startsAt").asString())
                .atZone(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(local.getMinute() % 30).isZero();
        assertThat(local.getHour()).isBetween(9, 16);
        assertThat(first.get("minutes").asInt()).isEqualTo(30);
        assertThat(slotsOf(calendar, "POLICY_ADVICE").get(0).get("capacity").asInt()).isEqualTo(2);
    }

    @Test
    void bookedSeatIsTakenOnceAndAReplayChangesNothing() {
        TestTerminal kiosk = client.enroll(HOHHOT.code());
        Instant slot = firstFree(kiosk, "CAREER_GUIDANCE");
        Map<String, Object> booking = booked(code(), "CAREER_GUIDANCE", slot, "13800001111");
        EventPoster poster = new EventPoster(client);

        assertThat(poster.postOne(kiosk, booking)).isEqualTo("ACCEPTED");
        assertThat(poster.postOne(kiosk, booking)).isEqualTo("DUPLICATE");

        JsonNode mine = appointment(calendar(kiosk), (String) payload(booking).get("code"));
        assertThat(mine.get("status").asString()).isEqualTo("BOOKED");
        assertThat(mine.get("workerRef").asString()).isEqualTo("w-appointment");
        assertThat(mine.has("phone")).as("a booked slot needs no call back").isFalse();
        assertThat(free(calendar(kiosk), "CAREER_GUIDANCE", slot)).isZero();
    }

    @Test
    void aFullSlotIsLostWithTheNextFreeSlotAndThePhoneForStaff() {
        TestTerminal first = client.enroll(HOHHOT.code());
        TestTerminal second = client.enroll(HOHHOT.code());
        Instant slot = firstFree(first, "REMOTE_VIDEO");
        Instant next = nextFreeAfter(first, "REMOTE_VIDEO", slot);
        EventPoster poster = new EventPoster(client);
        assertThat(poster.postOne(first, booked(code(), "REMOTE_VIDEO", slot, null))).isEqualTo("ACCEPTED");

        String loser = code();
        assertThat(poster.postOne(second, booked(loser, "REMOTE_VIDEO", slot, "13912345678"))).isEqualTo("ACCEPTED");

        JsonNode lost = appointment(calendar(second), loser);
        assertThat(lost.get("status").asString()).isEqualTo("LOST");
        assertThat(Instant.parse(lost.get("offeredAt").asString())).isEqualTo(next);
        assertThat(lost.get("phone").asString()).isEqualTo("13912345678");
        assertThat(appointment(calendar(first), loser).has("workerRef"))
                .as("another kiosk's worker reference is not shown").isFalse();
    }

    @Test
    void twoKiosksBookingTheLastSeatAtOnceGetItOnce() throws Exception {
        TestTerminal a = client.enroll(HOHHOT.code());
        TestTerminal b = client.enroll(HOHHOT.code());
        for (int round = 0; round < 5; round++) {
            Instant slot = firstFree(a, "BUSINESS_START");
            CyclicBarrier together = new CyclicBarrier(2);
            String codeA = code();
            String codeB = code();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<String>> outcomes = new ArrayList<>();
                for (Callable<String> post : List.<Callable<String>>of(
                        () -> { together.await(); return new EventPoster(client).postOne(a, booked(codeA, "BUSINESS_START", slot, null)); },
                        () -> { together.await(); return new EventPoster(client).postOne(b, booked(codeB, "BUSINESS_START", slot, null)); })) {
                    outcomes.add(pool.submit(post));
                }
                for (Future<String> outcome : outcomes) {
                    assertThat(outcome.get()).isEqualTo("ACCEPTED");
                }
            } finally {
                pool.shutdownNow();
            }
            JsonNode calendar = calendar(a);
            List<String> statuses = List.of(appointment(calendar, codeA).get("status").asString(),
                    appointment(calendar, codeB).get("status").asString());
            assertThat(statuses).containsExactlyInAnyOrder("BOOKED", "LOST");
            assertThat(free(calendar, "BUSINESS_START", slot)).isZero();
        }
    }

    @Test
    void cancellingFreesTheSeatAndBadBookingsAreRefusedWithAReason() {
        TestTerminal kiosk = client.enroll(HOHHOT.code());
        EventPoster poster = new EventPoster(client);
        Instant slot = firstFree(kiosk, "HOME_VISIT");
        String code = code();
        poster.postOne(kiosk, booked(code, "HOME_VISIT", slot, null));

        assertThat(poster.postOne(kiosk, event("APPOINTMENT_CANCELLED", null, Map.of("code", code)))).isEqualTo("ACCEPTED");
        assertThat(free(calendar(kiosk), "HOME_VISIT", slot)).isEqualTo(1);
        assertThat(appointment(calendar(kiosk), code).get("status").asString()).isEqualTo("CANCELLED");

        assertThat(poster.postOne(kiosk, booked(code, "HOME_VISIT", slot, null))).isEqualTo("code-taken");
        assertThat(poster.postOne(kiosk, booked(code(), "HOME_VISIT", slot.plusSeconds(60), null))).isEqualTo("invalid-slot");
        assertThat(poster.postOne(kiosk, booked(code(), "HOME_VISIT", slot, "12-34"))).isEqualTo("invalid-value");
        assertThat(poster.postOne(kiosk, booked("abc", "HOME_VISIT", slot, null))).isEqualTo("invalid-value");
        assertThat(poster.postOne(kiosk, event("APPOINTMENT_CANCELLED", null, Map.of("code", "ZZZZZZ"))))
                .isEqualTo("unknown-appointment");
        TestTerminal elsewhere = client.enroll(BAOTOU.code());
        assertThat(poster.postOne(elsewhere, event("APPOINTMENT_CANCELLED", null, Map.of("code", code))))
                .as("a code is the station's own").isEqualTo("unknown-appointment");
    }

    private JsonNode calendar(TestTerminal kiosk) {
        HttpResult result = client.signed(kiosk, "GET", "/api/v1/appointments", null);
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        return result.json();
    }

    private Instant firstFree(TestTerminal kiosk, String service) {
        return slotsOf(calendar(kiosk), service).stream().filter(s -> s.get("free").asInt() == s.get("capacity").asInt())
                .map(s -> Instant.parse(s.get("startsAt").asString())).findFirst().orElseThrow();
    }

    private Instant nextFreeAfter(TestTerminal kiosk, String service, Instant after) {
        return slotsOf(calendar(kiosk), service).stream().filter(s -> s.get("free").asInt() > 0)
                .map(s -> Instant.parse(s.get("startsAt").asString())).filter(t -> t.isAfter(after)).findFirst()
                .orElseThrow();
    }

    private static int free(JsonNode calendar, String service, Instant slot) {
        return slotsOf(calendar, service).stream().filter(s -> Instant.parse(s.get("startsAt").asString()).equals(slot))
                .findFirst().orElseThrow().get("free").asInt();
    }

    private static List<JsonNode> slotsOf(JsonNode calendar, String service) {
        List<JsonNode> slots = new ArrayList<>();
        calendar.get("slots").forEach(s -> {
            if (s.get("service").asString().equals(service)) {
                slots.add(s);
            }
        });
        return slots;
    }

    private static JsonNode appointment(JsonNode calendar, String code) {
        for (JsonNode a : calendar.get("appointments")) {
            if (a.get("code").asString().equals(code)) {
                return a;
            }
        }
        throw new AssertionError("no appointment " + code + " in " + calendar.get("appointments"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Map<String, Object> event) {
        return (Map<String, Object>) event.get("payload");
    }

    static Map<String, Object> booked(String code, String service, Instant slot, String phone) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("code", code);
        payload.put("service", service);
        payload.put("startsAt", slot.toString());
        if (phone != null) {
            payload.put("phone", phone);
        }
        return event(UUID.randomUUID(), "APPOINTMENT_BOOKED", "w-appointment", payload);
    }

    static String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
