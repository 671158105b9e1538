package org.lingong.platform.server.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.appointments.AppointmentBookingTest.booked;
import static org.lingong.platform.server.appointments.AppointmentBookingTest.code;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.testing.EventPoster;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A station's own calendar decides the slots its kiosks are offered and may book, over HTTP: a closed weekday and a
 * holiday have no slots, only the station's hours are slots, its seats are the capacity (three book, the fourth is
 * LOST); a station without a calendar keeps the template.
 */
class StationCalendarSlotsTest extends PlatformHttpTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    StationCalendarRepository calendars;

    @Test
    void theStationsOwnCalendarGivesItsSlotsAndSeats() {
        LocalDate today = LocalDate.now(ZONE);
        LocalDate open = today.plusDays(1);
        LocalDate closedWeekday = today.plusDays(2);
        LocalDate holiday = today.plusDays(3);
        Station station = newStation();
        Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
        days.remove(closedWeekday.getDayOfWeek());
        calendars.save(station.code(), new StationCalendar(days, new StationCalendar.Opening(LocalTime.of(8, 0),
                LocalTime.of(9, 30)), null, 3, 4, Set.of()), "test", Instant.now());
        calendars.close(station.code(), holiday);
        TestTerminal kiosk = client.enroll(station.code());

        JsonNode calendar = calendar(kiosk);
        assertThat(startsOn(calendar, "CAREER_GUIDANCE", open))
                .containsExactly(LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(9, 0));
        assertThat(startsOn(calendar, "CAREER_GUIDANCE", closedWeekday)).as("closed weekday").isEmpty();
        assertThat(startsOn(calendar, "POLICY_ADVICE", holiday)).as("holiday").isEmpty();
        assertThat(capacity(calendar, "CAREER_GUIDANCE", at(open, 8, 0))).isEqualTo(3);
        assertThat(capacity(calendar, "ERRAND", at(open, 8, 0))).isEqualTo(4);

        EventPoster poster = new EventPoster(client);
        Instant slot = at(open, 8, 30);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String code = code();
            codes.add(code);
            assertThat(poster.postOne(kiosk, booked(code, "CAREER_GUIDANCE", slot, null))).isEqualTo("ACCEPTED");
        }
        JsonNode after = calendar(kiosk);
        assertThat(codes.stream().map(c -> status(after, c)).toList())
                .containsExactly("BOOKED", "BOOKED", "BOOKED", "LOST");
        assertThat(offered(after, codes.get(3))).as("the next free slot of the station").isEqualTo(at(open, 9, 0));

        assertThat(poster.postOne(kiosk, booked(code(), "CAREER_GUIDANCE", at(open, 9, 30), null)))
                .as("after the station's hours").isEqualTo("invalid-slot");
        assertThat(poster.postOne(kiosk, booked(code(), "CAREER_GUIDANCE", at(open, 14, 30), null)))
                .as("a template slot the station does not open").isEqualTo("invalid-slot");
        assertThat(poster.postOne(kiosk, booked(code(), "CAREER_GUIDANCE", at(closedWeekday, 8, 0), null)))
                .as("closed weekday").isEqualTo("invalid-slot");
        assertThat(poster.postOne(kiosk, booked(code(), "CAREER_GUIDANCE", at(holiday, 8, 0), null)))
                .as("holiday").isEqualTo("invalid-slot");
    }

    @Test
    void aStationWithoutACalendarKeepsTheTemplate() {
        Station station = newStation();
        TestTerminal kiosk = client.enroll(station.code());
        LocalDate day = LocalDate.now(ZONE).plusDays(1);
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        LocalDate sunday = LocalDate.now(ZONE);
        while (sunday.getDayOfWeek() != DayOfWeek.SUNDAY) {
            sunday = sunday.plusDays(1);
        }

        JsonNode calendar = calendar(kiosk);
        assertThat(startsOn(calendar, "HOME_VISIT", day)).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30),
                LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(11, 0), LocalTime.of(14, 30),
                LocalTime.of(15, 0), LocalTime.of(15, 30), LocalTime.of(16, 0), LocalTime.of(16, 30));
        assertThat(startsOn(calendar, "HOME_VISIT", sunday)).isEmpty();
        assertThat(capacity(calendar, "HOME_VISIT", at(day, 9, 0))).isEqualTo(1);
        assertThat(capacity(calendar, "POLICY_ADVICE", at(day, 9, 0))).isEqualTo(2);
        assertThat(new EventPoster(client).postOne(kiosk, booked(code(), "HOME_VISIT", at(day, 8, 0), null)))
                .isEqualTo("invalid-slot");
    }

    private Station newStation() {
        Station station = new Station("NM-150203-Y" + ThreadLocalRandom.current().nextInt(10_000, 100_000),
                "日历测试驿站", "1502", "150203", "昆区日历路1号");
        stations.save(station);
        return station;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    private JsonNode calendar(TestTerminal kiosk) {
        HttpResult result = client.signed(kiosk, "GET", "/api/v1/appointments", null);
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        return result.json();
    }

    private static List<LocalTime> startsOn(JsonNode calendar, String service, LocalDate day) {
        List<LocalTime> starts = new ArrayList<>();
        calendar.get("slots").forEach(s -> {
            var local = Instant.parse(s.get("startsAt").asString()).atZone(ZONE);
            if (s.get("service").asString().equals(service) && local.toLocalDate().equals(day)) {
                starts.add(local.toLocalTime());
            }
        });
        return starts;
    }

    private static int capacity(JsonNode calendar, String service, Instant start) {
        for (JsonNode s : calendar.get("slots")) {
            if (s.get("service").asString().equals(service) && Instant.parse(s.get("startsAt").asString()).equals(start)) {
                return s.get("capacity").asInt();
            }
        }
        throw new AssertionError("no " + service + " slot at " + start);
    }

    private static String status(JsonNode calendar, String code) {
        return appointment(calendar, code).get("status").asString();
    }

    private static Instant offered(JsonNode calendar, String code) {
        return Instant.parse(appointment(calendar, code).get("offeredAt").asString());
    }

    private static JsonNode appointment(JsonNode calendar, String code) {
        for (JsonNode a : calendar.get("appointments")) {
            if (a.get("code").asString().equals(code)) {
                return a;
            }
        }
        throw new AssertionError("no appointment " + code);
    }
}
