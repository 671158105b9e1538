package org.lingong.kiosk.appointment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.appointments.AppointmentCalendar;
import org.lingong.platform.api.appointments.AppointmentService;
import org.lingong.platform.api.appointments.AppointmentSlot;
import org.lingong.platform.api.appointments.AppointmentStatus;
import org.lingong.platform.api.appointments.StationAppointment;
import org.lingong.platform.api.events.AppointmentBooked;

/**
 * The station's calendar and bookings as this kiosk knows them: the platform's last answer, plus this kiosk's own
 * bookings and cancellations not yet listed by it (待确认). Kept in memory only (phones are personal data): after a
 * restart the next sync brings it back. Thread-safe; {@link #sync} blocks (network).
 */
public final class AppointmentBook {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AppointmentBackend backend;
    private final Clock clock;
    private final ZoneId zone;
    private final SecureRandom random = new SecureRandom();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private @Nullable AppointmentCalendar calendar;
    private boolean reachable;
    private final Map<String, Booking> pending = new LinkedHashMap<>();
    private final Map<String, Booking> cancelledHere = new LinkedHashMap<>();

    public AppointmentBook(AppointmentBackend backend, Clock clock, ZoneId zone) {
        this.backend = backend;
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Called (on the calling thread) after every change; the listener hops to the UI thread itself. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Asks the platform; true when it answered (the listeners then run), false when the last known calendar stands. */
    public boolean sync() {
        AppointmentCalendar fresh;
        try {
            fresh = backend.fetch();
        } catch (AppointmentBackend.Unavailable e) {
            synchronized (this) {
                reachable = false;
            }
            return false;
        }
        synchronized (this) {
            reachable = true;
            calendar = fresh;
            for (StationAppointment listed : fresh.appointments()) {
                pending.remove(listed.code());
                if (listed.status() == AppointmentStatus.CANCELLED) {
                    cancelledHere.remove(listed.code());
                }
            }
        }
        listeners.forEach(Runnable::run);
        return true;
    }

    /** Whether this kiosk holds bookings the platform has not listed yet (待确认). */
    public synchronized boolean hasTentative() {
        return !pending.isEmpty();
    }

    /** Whether the platform has answered at least once since the kiosk started. */
    public synchronized boolean everSynced() {
        return calendar != null;
    }

    /** The service's slots from now on with the seats left (this kiosk's pending bookings taken off). */
    public synchronized List<SlotChoice> slots(AppointmentService service) {
        if (calendar == null) {
            return List.of();
        }
        Instant now = clock.instant();
        boolean lastKnown = !reachable || !pending.isEmpty() || calendar.asOf().isBefore(now.minusSeconds(120));
        List<SlotChoice> choices = new ArrayList<>();
        for (AppointmentSlot slot : calendar.slots()) {
            if (slot.service() == service && slot.startsAt().isAfter(now)) {
                long mine = pending.values().stream()
                        .filter(b -> b.service() == service && b.startsAt().equals(slot.startsAt())).count();
                choices.add(new SlotChoice(slot.startsAt(), (int) Math.max(0, slot.free() - mine), lastKnown));
            }
        }
        return choices;
    }

    /** How long the booking's slot is, as the calendar says (30 minutes when the calendar no longer lists it). */
    public synchronized int minutes(Booking booking) {
        if (calendar != null) {
            for (AppointmentSlot slot : calendar.slots()) {
                if (slot.service() == booking.service() && slot.startsAt().equals(booking.startsAt())) {
                    return slot.minutes();
                }
            }
        }
        return 30;
    }

    /** Books a slot: queued for the platform at once, {@link BookingState#TENTATIVE} until it lists the booking. */
    public Booking book(@Nullable String workerRef, AppointmentService service, Instant startsAt, @Nullable String phone) {
        Booking booking;
        synchronized (this) {
            booking = new Booking(newCode(), service, startsAt, BookingState.TENTATIVE, workerRef, phone, null);
            pending.put(booking.code(), booking);
        }
        backend.book(workerRef, new AppointmentBooked(booking.code(), service, startsAt, phone));
        listeners.forEach(Runnable::run);
        return booking;
    }

    /** Cancels the booking with this code (this kiosk's or another of the station's). */
    public void cancel(String code) {
        Optional<Booking> booking = find(code);
        synchronized (this) {
            pending.remove(code);
            booking.ifPresent(b -> cancelledHere.put(code, b.withState(BookingState.CANCELLED)));
        }
        backend.cancel(code);
        listeners.forEach(Runnable::run);
    }

    public Optional<Booking> find(String code) {
        return all().stream().filter(b -> b.code().equals(code.strip().toUpperCase(java.util.Locale.ROOT))).findFirst();
    }

    /** The worker's bookings (by this kiosk's reference), not cancelled, soonest first. */
    public List<Booking> of(String workerRef) {
        return all().stream().filter(b -> workerRef.equals(b.workerRef()) && b.state() != BookingState.CANCELLED)
                .toList();
    }

    /** Today's bookings in the station's zone, by time, cancelled ones left out. */
    public List<Booking> today() {
        var today = clock.instant().atZone(zone).toLocalDate();
        return all().stream().filter(b -> b.startsAt().atZone(zone).toLocalDate().equals(today))
                .filter(b -> b.state() != BookingState.CANCELLED).toList();
    }

    /** Lost bookings with a phone: staff call these workers to offer another time. */
    public List<Booking> callBacks() {
        return all().stream().filter(b -> b.state() == BookingState.LOST && b.phone() != null).toList();
    }

    private synchronized List<Booking> all() {
        Map<String, Booking> byCode = new LinkedHashMap<>();
        if (calendar != null) {
            for (StationAppointment a : calendar.appointments()) {
                byCode.put(a.code(), new Booking(a.code(), a.service(), a.startsAt(), state(a.status()), a.workerRef(),
                        a.phone(), a.offeredAt()));
            }
        }
        byCode.putAll(pending);
        byCode.putAll(cancelledHere);
        return byCode.values().stream().sorted(Comparator.comparing(Booking::startsAt).thenComparing(Booking::code))
                .toList();
    }

    private static BookingState state(AppointmentStatus status) {
        return switch (status) {
            case BOOKED -> BookingState.CONFIRMED;
            case LOST -> BookingState.LOST;
            case CANCELLED -> BookingState.CANCELLED;
        };
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
