package org.lingong.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.testing.MutableClock;

class StaffLoginViewModelTest {

    private static final PinHash STAFF = PinHash.parse(PinHash.create("2468", 1_000));
    private static final PinHash TECHNICIAN = PinHash.parse(
            "sha256:demo-salt:" + java.util.HexFormat.of().formatHex(sha256("demo-salt1357")));

    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T02:00:00Z");
    private final List<StaffRole> granted = new ArrayList<>();
    private final StaffLoginViewModel login = new StaffLoginViewModel(clock, new CurrentThreadTaskExecutor(),
            Optional.of(STAFF), Optional.of(TECHNICIAN), granted::add, () -> { });

    @Test
    void theStaffPinOpensTheStaffScreenAndTheTechnicianPinTheTechnicianScreen() {
        type("2468");
        login.submit();
        type("1357");
        login.submit();

        assertThat(granted).containsExactly(StaffRole.STAFF, StaffRole.TECHNICIAN);
        assertThat(login.dots().get()).isEmpty();
    }

    @Test
    void thePinShowsAsDotsOnly() {
        type("246");
        login.delete();
        type("9");

        assertThat(login.dots().get()).isEqualTo("●●●");
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeft() {
        type("1111");
        login.submit();

        assertThat(granted).isEmpty();
        assertThat(login.message().get()).isEqualTo("staff.pin.wrong");
        assertThat(login.messageArgument().get()).isEqualTo(4);
    }

    @Test
    void fiveWrongPinsLockTheKeypadForSixtySecondsEvenForTheRightPin() {
        for (int i = 0; i < StaffLoginViewModel.MAX_TRIES; i++) {
            type("0000");
            login.submit();
        }
        assertThat(login.message().get()).isEqualTo("staff.pin.locked");
        assertThat(login.messageArgument().get()).isEqualTo(60);

        clock.advance(Duration.ofSeconds(59));
        type("2468");
        login.submit();
        assertThat(granted).as("locked: even the right PIN is refused").isEmpty();
        assertThat(login.messageArgument().get()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        type("2468");
        login.submit();
        assertThat(granted).containsExactly(StaffRole.STAFF);
    }

    @Test
    void theSessionWipeForgetsTheDigitsButNotTheLockout() {
        for (int i = 0; i < StaffLoginViewModel.MAX_TRIES; i++) {
            type("0000");
            login.submit();
        }
        type("24");
        login.clearSession();
        assertThat(login.dots().get()).isEmpty();
        assertThat(login.message().get()).isEqualTo("staff.pin.prompt");

        type("2468");
        login.submit();
        assertThat(granted).isEmpty();
        assertThat(login.message().get()).isEqualTo("staff.pin.locked");
    }

    @Test
    void tooShortAPinIsNotCountedAsAWrongTry() {
        type("12");
        login.submit();

        assertThat(login.message().get()).isEqualTo("staff.pin.tooShort");
        type("34");
        login.submit();
        assertThat(login.messageArgument().get()).as("first wrong try").isEqualTo(4);
    }

    @Test
    void withoutAConfiguredPinNobodyGetsIn() {
        StaffLoginViewModel none = new StaffLoginViewModel(clock, new CurrentThreadTaskExecutor(), Optional.empty(),
                Optional.empty(), granted::add, () -> { });
        "2468".chars().forEach(c -> none.press(c - '0'));
        none.submit();

        assertThat(granted).isEmpty();
        assertThat(none.message().get()).isEqualTo("staff.pin.notConfigured");
    }

    @Test
    void aMalformedHashIsRefusedWithoutRepeatingIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PinHash.parse("2468"))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("2468");
    }

    private void type(String pin) {
        pin.chars().forEach(c -> login.press(c - '0'));
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
