package org.lingong.kiosk.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.appointments.AppointmentService;
import org.lingong.testing.MutableClock;

/** The 预约 steps, synchronously: booking, bad input, the offline booking that loses the race, cancel and move. */
class AppointmentViewModelTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 7 December 2026, 07:00 in Shanghai: the first slot is 09:00 the same day. */
    private final MutableClock clock = MutableClock.atShanghai("2026-12-06T23:00:00Z");
    private final SwitchablePlatform platform = new SwitchablePlatform(clock, SHANGHAI);
    private final AppointmentBook book = new AppointmentBook(platform, clock, SHANGHAI);
    private final PrintedSlips slips = new PrintedSlips();
    private final WorkerSession workers = new WorkerSession();
    private final AppointmentViewModel viewModel = new AppointmentViewModel(book, slips, workers,
            new CurrentThreadTaskExecutor());

    private static final Instant NINE = Instant.parse("2026-12-07T01:00:00Z");
    private static final Instant NINE_THIRTY = Instant.parse("2026-12-07T01:30:00Z");

    @Test
    void aFreeSlotIsBookedConfirmedAndItsSlipPrinted() {
        viewModel.opened();
        viewModel.chooseService(AppointmentService.CAREER_GUIDANCE);

        assertThat(viewModel.slots().get(0).startsAt()).isEqualTo(NINE);
        assertThat(viewModel.lastKnown().get()).isFalse();
        viewModel.chooseSlot(viewModel.slots().get(0));
        assertThat(viewModel.step().get()).isEqualTo(AppointmentStep.PHONE);
        viewModel.skipPhone();

        Booking booked = viewModel.booking().get();
        assertThat(viewModel.step().get()).isEqualTo(AppointmentStep.DONE);
        assertThat(booked.state()).isEqualTo(BookingState.CONFIRMED);
        assertThat(booked.code()).matches("[A-Z2-9]{6}");
        assertThat(slips.printed).extracting(Booking::code).containsExactly(booked.code());
        assertThat(book.slots(AppointmentService.CAREER_GUIDANCE).get(0).full()).isTrue();
    }

    @Test
    void aFullSlotIsRefusedWithAMessageAndNothingIsBooked() {
        platform.otherKioskBooks(AppointmentService.CAREER_GUIDANCE, NINE);
        viewModel.opened();
        viewModel.chooseService(AppointmentService.CAREER_GUIDANCE);

        viewModel.chooseSlot(viewModel.slots().get(0));

        assertThat(viewModel.message().get()).isEqualTo("appointment.slot.full");
        assertThat(viewModel.step().get()).isEqualTo(AppointmentStep.SLOT);
        assertThat(slips.printed).isEmpty();
    }

    @Test
    void aPhoneThatIsNotAMobileNumberSaysWhatIsWrongAndBooksNothing() {
        viewModel.opened();
        viewModel.chooseService(AppointmentService.POLICY_ADVICE);
        viewModel.chooseSlot(viewModel.slots().get(0));
        viewModel.phone().press(1);
        viewModel.phone().press(3);

        viewModel.confirmPhone();

        assertThat(viewModel.message().get()).isEqualTo("registration.phone.problem.too_short");
        assertThat(viewModel.step().get()).isEqualTo(AppointmentStep.PHONE);
        assertThat(book.today()).isEmpty();
    }

    @Test
    void anOfflineBookingIsTentativeAndWhenItLosesTheRaceTheNextFreeSlotIsOffered() {
        viewModel.opened();
        platform.offline();
        viewModel.chooseService(AppointmentService.CAREER_GUIDANCE);
        assertThat(viewModel.lastKnown().get()).as("the slots are the last known ones").isTrue();
        viewModel.chooseSlot(viewModel.slots().get(0));
        enterPhone("13912345678");
        viewModel.confirmPhone();

        Booking tentative = viewModel.booking().get();
        assertThat(tentative.state()).isEqualTo(BookingState.TENTATIVE);
        assertThat(slips.printed).extracting(Booking::state).containsExactly(BookingState.TENTATIVE);

        platform.otherKioskBooks(AppointmentService.CAREER_GUIDANCE, NINE);
        platform.online();
        book.sync();

        Booking lost = viewModel.booking().get();
        assertThat(lost.state()).isEqualTo(BookingState.LOST);
        assertThat(lost.offeredAt()).isEqualTo(NINE_THIRTY);
        assertThat(book.callBacks()).extracting(Booking::phone).containsExactly("13912345678");

        viewModel.takeOffered();

        assertThat(viewModel.booking().get().state()).isEqualTo(BookingState.CONFIRMED);
        assertThat(viewModel.booking().get().startsAt()).isEqualTo(NINE_THIRTY);
        assertThat(book.callBacks()).as("the lost booking is settled").isEmpty();
    }

    @Test
    void slotsShownWhileTheKioskBookedOfflineAreMarkedLastKnown() {
        viewModel.opened();
        platform.offline();
        viewModel.chooseService(AppointmentService.ERRAND);
        viewModel.chooseSlot(viewModel.slots().get(0));
        viewModel.skipPhone();
        viewModel.back();

        viewModel.chooseService(AppointmentService.ERRAND);

        assertThat(viewModel.lastKnown().get()).isTrue();
        assertThat(viewModel.slots().get(0).full()).as("this kiosk's own pending booking is taken off").isTrue();
    }

    @Test
    void anIdentifiedWorkerSeesTheirBookingsAndCancelsOrMovesOne() {
        workers.begin(new ActiveWorker("w-1", "张*三", "150***********1234"));
        viewModel.opened();
        viewModel.chooseService(AppointmentService.HOME_VISIT);
        viewModel.chooseSlot(viewModel.slots().get(0));
        viewModel.skipPhone();
        String code = viewModel.booking().get().code();

        viewModel.openMine();
        assertThat(viewModel.mine()).extracting(Booking::code).containsExactly(code);

        viewModel.chooseAnotherTime(viewModel.mine().get(0));
        viewModel.chooseSlot(viewModel.slots().get(1));
        assertThat(viewModel.booking().get().startsAt()).isEqualTo(NINE_THIRTY);
        assertThat(book.find(code).orElseThrow().state()).isEqualTo(BookingState.CANCELLED);

        viewModel.openMine();
        viewModel.cancel(viewModel.mine().get(0));
        assertThat(viewModel.mine()).isEmpty();
        assertThat(viewModel.message().get()).isEqualTo("appointment.cancelled");
        assertThat(book.slots(AppointmentService.HOME_VISIT).get(1).free()).isEqualTo(1);
    }

    @Test
    void aBookingIsFoundByItsCodeAndAnUnknownCodeSaysSo() {
        viewModel.opened();
        viewModel.chooseService(AppointmentService.REMOTE_VIDEO);
        viewModel.chooseSlot(viewModel.slots().get(0));
        viewModel.skipPhone();
        String code = viewModel.booking().get().code();
        viewModel.openMine();

        "ZZZZZZ".chars().forEach(c -> viewModel.typeCode((char) c));
        viewModel.findByCode();
        assertThat(viewModel.message().get()).isEqualTo("appointment.code.unknown");
        for (int i = 0; i < 6; i++) {
            viewModel.deleteCode();
        }
        code.chars().forEach(c -> viewModel.typeCode((char) c));
        viewModel.findByCode();

        assertThat(viewModel.mine()).extracting(Booking::code).containsExactly(code);
    }

    @Test
    void theSessionWipeForgetsTheBookingShown() {
        viewModel.opened();
        viewModel.chooseService(AppointmentService.BUSINESS_START);
        viewModel.chooseSlot(viewModel.slots().get(0));
        enterPhone("13800001111");

        viewModel.clearSession();

        assertThat(viewModel.step().get()).isEqualTo(AppointmentStep.SERVICE);
        assertThat(viewModel.phone().digits()).isEmpty();
        assertThat(viewModel.booking().get()).isNull();
    }

    private void enterPhone(String digits) {
        digits.chars().forEach(c -> viewModel.phone().press(c - '0'));
    }
}
