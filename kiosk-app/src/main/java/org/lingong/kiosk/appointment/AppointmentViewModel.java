package org.lingong.kiosk.appointment;

import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.jspecify.annotations.Nullable;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.registration.PhoneCheck;
import org.lingong.kiosk.registration.PhoneEntry;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.appointments.AppointmentService;

/**
 * The 预约 screen: service → slot → phone (or 跳过) → the code and time on screen and on a slip; 我的预约 lists the
 * identified worker's bookings (or finds one by its code) to cancel or move. The platform is asked afresh when the
 * screen opens and after each booking; a booking it gave to another kiosk turns the done step into an offer of the
 * next free slot, also when that news comes with a later sync while the screen is open. JavaFX thread only; the book,
 * the backend and the printer are reached through the task executor.
 */
public final class AppointmentViewModel implements SessionScoped {

    private final AppointmentBook book;
    private final AppointmentSlips slips;
    private final WorkerSession workers;
    private final TaskExecutor executor;
    private final PhoneEntry phone = new PhoneEntry();
    private final ReadOnlyObjectWrapper<AppointmentStep> step = new ReadOnlyObjectWrapper<>(this, "step", AppointmentStep.SERVICE);
    private final ReadOnlyObjectWrapper<@Nullable AppointmentService> service = new ReadOnlyObjectWrapper<>(this, "service");
    private final ObservableList<SlotChoice> slots = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper lastKnown = new ReadOnlyBooleanWrapper(this, "lastKnown");
    private final ReadOnlyObjectWrapper<@Nullable SlotChoice> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private final ReadOnlyObjectWrapper<@Nullable Booking> booking = new ReadOnlyObjectWrapper<>(this, "booking");
    private final ReadOnlyObjectWrapper<@Nullable PrinterCondition> notPrinted = new ReadOnlyObjectWrapper<>(this, "notPrinted");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<Booking> mine = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code", "");
    private final ReadOnlyObjectWrapper<@Nullable Booking> moving = new ReadOnlyObjectWrapper<>(this, "moving");
    private long session;

    public AppointmentViewModel(AppointmentBook book, AppointmentSlips slips, WorkerSession workers,
            TaskExecutor executor) {
        this.book = book;
        this.slips = slips;
        this.workers = workers;
        this.executor = executor;
        book.onChange(() -> executor.runOnUiThread(this::bookChanged));
    }

    /** The screen was opened: start at the services and ask the platform for the calendar. */
    public void opened() {
        clearSession();
        syncInBackground();
    }

    public void chooseService(AppointmentService chosenService) {
        service.set(chosenService);
        chosen.set(null);
        message.set("");
        refreshSlots();
        step.set(AppointmentStep.SLOT);
        syncInBackground();
    }

    /** A tap on a slot: a full one is refused with a message and nothing else changes. */
    public void chooseSlot(SlotChoice slot) {
        if (slot.full()) {
            message.set("appointment.slot.full");
            return;
        }
        chosen.set(slot);
        message.set("");
        if (moving.get() != null) {
            confirm(moving.get().phone());
        } else {
            phone.clear();
            step.set(AppointmentStep.PHONE);
        }
    }

    public void skipPhone() {
        confirm(null);
    }

    /** 确认 on the phone step: a number that is not a mobile number says what is wrong and books nothing. */
    public void confirmPhone() {
        PhoneCheck check = phone.checkProperty().get();
        if (check != PhoneCheck.VALID) {
            message.set(check.messageKey());
            return;
        }
        phone.finish();
        confirm(phone.digits());
    }

    /** Takes the slot the platform offered for a lost booking (the lost one is cancelled with it). */
    public void takeOffered() {
        Booking lost = booking.get();
        if (lost == null || lost.state() != BookingState.LOST || lost.offeredAt() == null) {
            return;
        }
        moving.set(lost);
        service.set(lost.service());
        chosen.set(new SlotChoice(lost.offeredAt(), 1, false));
        confirm(lost.phone());
    }

    /** Another time for a lost or an existing booking: the slots of its service. */
    public void chooseAnotherTime(Booking from) {
        moving.set(from);
        chooseService(from.service());
    }

    public void openMine() {
        message.set("");
        code.set("");
        mine.setAll(workers.current().map(w -> book.of(w.workerRef())).orElse(java.util.List.of()));
        step.set(AppointmentStep.MINE);
    }

    public void typeCode(char c) {
        if (code.get().length() < 6) {
            code.set(code.get() + c);
        }
        message.set("");
    }

    public void deleteCode() {
        if (!code.get().isEmpty()) {
            code.set(code.get().substring(0, code.get().length() - 1));
        }
    }

    /** Finds the station's booking with the typed code and lists it; an unknown code says so. */
    public void findByCode() {
        Optional<Booking> found = book.find(code.get()).filter(b -> b.state() != BookingState.CANCELLED);
        if (found.isEmpty()) {
            message.set("appointment.code.unknown");
            return;
        }
        if (mine.stream().noneMatch(b -> b.code().equals(found.get().code()))) {
            mine.add(found.get());
        }
        code.set("");
    }

    public void cancel(Booking which) {
        long askedIn = session;
        executor.submit(() -> {
            book.cancel(which.code());
            book.sync();
            return which;
        }, done -> {
            if (askedIn == session) {
                mine.removeIf(b -> b.code().equals(which.code()));
                message.set("appointment.cancelled");
            }
        }, failure -> message.set("appointment.failed"));
    }

    public void back() {
        message.set("");
        switch (step.get()) {
            case SLOT -> step.set(moving.get() != null ? AppointmentStep.MINE : AppointmentStep.SERVICE);
            case PHONE -> step.set(AppointmentStep.SLOT);
            case MINE, DONE -> {
                moving.set(null);
                step.set(AppointmentStep.SERVICE);
            }
            default -> { }
        }
    }

    private void confirm(@Nullable String phoneDigits) {
        AppointmentService what = service.get();
        SlotChoice when = chosen.get();
        if (what == null || when == null) {
            return;
        }
        String workerRef = workers.current().map(ActiveWorker::workerRef).orElse(null);
        Booking replaced = moving.get();
        long askedIn = session;
        step.set(AppointmentStep.WORKING);
        executor.submit(() -> {
            Booking made = book.book(workerRef, what, when.startsAt(), phoneDigits);
            if (replaced != null) {
                book.cancel(replaced.code());
            }
            book.sync();
            Booking now = book.find(made.code()).orElse(made);
            Optional<PrinterCondition> printed = now.state() == BookingState.LOST ? Optional.empty() : slips.print(now);
            return new Outcome(now, printed.orElse(null));
        }, outcome -> {
            if (askedIn != session) {
                return;
            }
            moving.set(null);
            booking.set(outcome.booking());
            notPrinted.set(outcome.notPrinted());
            step.set(AppointmentStep.DONE);
        }, failure -> {
            if (askedIn == session) {
                message.set("appointment.failed");
                step.set(AppointmentStep.SLOT);
            }
        });
    }

    private record Outcome(Booking booking, @Nullable PrinterCondition notPrinted) {
    }

    private void syncInBackground() {
        executor.submit(book::sync, fresh -> bookChanged(), failure -> bookChanged());
    }

    private void bookChanged() {
        if (step.get() == AppointmentStep.SLOT) {
            refreshSlots();
        }
        Booking shown = booking.get();
        if (shown != null) {
            book.find(shown.code()).ifPresent(booking::set);
        }
    }

    private void refreshSlots() {
        AppointmentService what = service.get();
        slots.setAll(what == null ? java.util.List.of() : book.slots(what));
        lastKnown.set(slots.stream().anyMatch(SlotChoice::lastKnown) || !book.everSynced());
    }

    public PhoneEntry phone() {
        return phone;
    }

    public ReadOnlyObjectProperty<AppointmentStep> step() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<@Nullable AppointmentService> service() {
        return service.getReadOnlyProperty();
    }

    public ObservableList<SlotChoice> slots() {
        return slots;
    }

    /** True while the slots shown are the last known ones (the platform not reached lately): bookings are 待确认. */
    public ReadOnlyBooleanProperty lastKnown() {
        return lastKnown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<@Nullable Booking> booking() {
        return booking.getReadOnlyProperty();
    }

    /** Why the slip did not print, or null when it did (or nothing was to be printed). */
    public ReadOnlyObjectProperty<@Nullable PrinterCondition> notPrinted() {
        return notPrinted.getReadOnlyProperty();
    }

    /** An i18n key to show (a problem or a result), or empty. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<Booking> mine() {
        return mine;
    }

    public ReadOnlyStringProperty code() {
        return code.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<@Nullable Booking> moving() {
        return moving.getReadOnlyProperty();
    }

    public java.time.ZoneId zone() {
        return book.zone();
    }

    public boolean identified() {
        return workers.current().isPresent();
    }

    @Override
    public void clearSession() {
        session++;
        step.set(AppointmentStep.SERVICE);
        service.set(null);
        slots.clear();
        chosen.set(null);
        booking.set(null);
        notPrinted.set(null);
        message.set("");
        mine.clear();
        code.set("");
        moving.set(null);
        phone.clear();
    }
}
