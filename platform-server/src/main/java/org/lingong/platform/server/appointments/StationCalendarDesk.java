package org.lingong.platform.server.appointments;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.audit.AuditLog;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.stations.StationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A station's calendar as the console edits it: seen and changed by operators of the station's region and by the
 * station's own staff; every change audited. Form fields: {@code day1}..{@code day7} (Monday..Sunday, "on"),
 * {@code morningStart}, {@code morningEnd}, {@code afternoonStart}, {@code afternoonEnd} (HH:mm on the half hour, a
 * range left empty is absent), {@code seats}, {@code counterSeats} (1-20).
 */
@Service
class StationCalendarDesk {

    static final int MAX_SEATS = 20;

    private final StationCalendarRepository calendars;
    private final StationService stations;
    private final AuditLog audit;
    private final Clock clock;

    StationCalendarDesk(StationCalendarRepository calendars, StationService stations, AuditLog audit, Clock clock) {
        this.calendars = calendars;
        this.stations = stations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The station if {@code who} may see and edit its calendar. */
    Optional<Station> station(SignedIn who, String code) {
        return stations.find("", code).filter(s -> who.isOperator() ? who.covers(s.districtCode())
                : s.code().equals(who.stationCode()));
    }

    StationCalendar calendar(Station station) {
        return calendars.of(station.code());
    }

    LocalDate today() {
        return clock.instant().atZone(StationCalendar.ZONE).toLocalDate();
    }

    /** Saves the weekly calendar from the form; the errors by field when it is not right (nothing saved then). */
    @Transactional
    FormErrors save(SignedIn who, Station station, Map<String, String> form) {
        FormErrors errors = new FormErrors();
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ("on".equals(form.get("day" + day.getValue()))) {
                days.add(day);
            }
        }
        if (days.isEmpty()) {
            errors.add("days", "请至少选择一个开放日");
        }
        StationCalendar.Opening morning = opening(form, "morning", "上午", errors);
        StationCalendar.Opening afternoon = opening(form, "afternoon", "下午", errors);
        if (!errors.has("morningStart") && !errors.has("afternoonStart") && !errors.has("morningEnd")
                && !errors.has("afternoonEnd")) {
            if (morning == null && afternoon == null) {
                errors.add("morningStart", "请至少填写上午或下午的开放时间");
            } else if (morning != null && afternoon != null && afternoon.start().isBefore(morning.end())) {
                errors.add("afternoonStart", "下午的开始时间不能早于上午的结束时间");
            }
        }
        int seats = seats(form, "seats", errors);
        int counterSeats = seats(form, "counterSeats", errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        StationCalendar saved = new StationCalendar(days, morning, afternoon, seats, counterSeats, Set.of());
        calendars.save(station.code(), saved, who.username(), clock.instant());
        audit.record(who.username(), "station-calendar.update", "station:" + station.code(), describe(saved),
                station.districtCode());
        return errors;
    }

    /** Adds a closed date (休息日); an error message when the date is not a date within the next year or already closed. */
    @Transactional
    Optional<String> close(SignedIn who, Station station, String date) {
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            return Optional.of("请填写日期，例如 2027-01-01");
        }
        LocalDate today = today();
        if (day.isBefore(today) || day.isAfter(today.plusYears(1))) {
            return Optional.of("休息日须在今天到一年之内（" + today + " 至 " + today.plusYears(1) + "）");
        }
        if (!calendars.close(station.code(), day)) {
            return Optional.of("该日期已是休息日");
        }
        audit.record(who.username(), "station-calendar.close", "station:" + station.code(), "休息日 " + day,
                station.districtCode());
        return Optional.empty();
    }

    /** Removes a closed date; false when it was not one. */
    @Transactional
    boolean reopen(SignedIn who, Station station, String date) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return false;
        }
        if (!calendars.reopen(station.code(), day)) {
            return false;
        }
        audit.record(who.username(), "station-calendar.reopen", "station:" + station.code(), "取消休息日 " + day,
                station.districtCode());
        return true;
    }

    private static StationCalendar.@Nullable Opening opening(Map<String, String> form, String name, String label,
                                                             FormErrors errors) {
        String startText = form.getOrDefault(name + "Start", "").strip();
        String endText = form.getOrDefault(name + "End", "").strip();
        if (startText.isEmpty() && endText.isEmpty()) {
            return null;
        }
        LocalTime start = time(startText, name + "Start", label + "开始", errors);
        LocalTime end = time(endText, name + "End", label + "结束", errors);
        if (start == null || end == null) {
            return null;
        }
        if (!end.isAfter(start)) {
            errors.add(name + "End", label + "的结束时间须晚于开始时间");
            return null;
        }
        return new StationCalendar.Opening(start, end);
    }

    private static @Nullable LocalTime time(String text, String field, String label, FormErrors errors) {
        if (text.isEmpty()) {
            errors.add(field, "请填写" + label + "时间（或把" + label.substring(0, 2) + "的两个时间都留空）");
            return null;
        }
        LocalTime time;
        try {
            time = LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, label + "时间格式为 时:分，例如 09:00");
            return null;
        }
        if (time.getSecond() != 0 || time.getNano() != 0 || time.getMinute() % StationCalendar.MINUTES != 0) {
            errors.add(field, label + "时间须为整点或半点（每个时段" + StationCalendar.MINUTES + "分钟）");
            return null;
        }
        return time;
    }

    private static int seats(Map<String, String> form, String field, FormErrors errors) {
        try {
            int seats = Integer.parseInt(form.getOrDefault(field, "").strip());
            if (seats >= 1 && seats <= MAX_SEATS) {
                return seats;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, "每个时段的名额为1到" + MAX_SEATS);
        return 0;
    }

    static String describe(StationCalendar c) {
        return "开放日 " + c.openDays().stream().sorted().map(d -> String.valueOf(d.getValue()))
                .collect(Collectors.joining(",")) + " 上午 " + range(c.morning()) + " 下午 " + range(c.afternoon())
                + " 名额 " + c.seats() + " 窗口服务名额 " + c.counterSeats();
    }

    static String range(StationCalendar.@Nullable Opening opening) {
        return opening == null ? "不开放" : opening.start() + "-" + opening.end();
    }
}
