package org.lingong.platform.client.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.platform.api.remote.CommandKind;
import org.lingong.platform.api.remote.CommandOutcome;
import org.lingong.platform.api.remote.OrdersSignature;
import org.lingong.platform.api.remote.RemoteCommand;
import org.lingong.platform.api.remote.RemoteOrders;
import org.lingong.platform.api.remote.SignedOrders;
import org.lingong.platform.api.remote.TerminalSettings;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.client.enrollment.TerminalIdentity;
import org.lingong.platform.client.http.PlatformJson;

/** The kiosk's checks of signed orders: what is accepted once, and what is refused and reported. */
class RemoteControlTest {

    static final String TERMINAL = "T000000001";
    static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @TempDir
    Path dataDir;

    final KeyPair platformKeys = Ed25519Keys.generate();
    final KeyPair terminalKeys = Ed25519Keys.generate();
    Optional<TerminalIdentity> identity = Optional.of(identity(platformKeys));

    TerminalIdentity identity(KeyPair pinned) {
        return new TerminalIdentity("http://127.0.0.1:1/", TERMINAL, "ST-150102-001", "驿站", "1501",
                terminalKeys.getPublic(), terminalKeys.getPrivate(), pinned == null ? null : pinned.getPublic());
    }

    RemoteControl control() throws Exception {
        return new RemoteControl(new RemoteStateStore(dataDir), () -> identity);
    }

    static TerminalSettings settings(long version, String name) {
        return new TerminalSettings(version, 60, 20, name, List.of("求职登记"), 58, false, "DEBUG");
    }

    SignedOrders signed(KeyPair by, String terminal, Instant issuedAt, TerminalSettings settings, RemoteCommand... commands) {
        byte[] json = PlatformJson.newMapper().writeValueAsBytes(new RemoteOrders(terminal, issuedAt, settings, List.of(commands)));
        return OrdersSignature.sign(by.getPrivate(), json);
    }

    SignedOrders signed(TerminalSettings settings, RemoteCommand... commands) {
        return signed(platformKeys, TERMINAL, NOW, settings, commands);
    }

    @Test
    void signedNewerSettingsAreAcceptedStoredAndReported() throws Exception {
        RemoteControl control = control();
        AcceptedOrders accepted = control.receive(signed(settings(7, "新驿站"))).orElseThrow();

        assertThat(accepted.newSettings()).isEqualTo(settings(7, "新驿站"));
        assertThat(control.report().configVersion()).isEqualTo(7);
        assertThat(control().settings()).contains(settings(7, "新驿站"));
        assertThat(control.receive(signed(settings(7, "新驿站"))).orElseThrow().newSettings()).as("same version: nothing to apply").isNull();
    }

    @Test
    void unsignedForgedTamperedOlderMisaddressedAndInvalidOrdersAreRefusedAndReported() throws Exception {
        RemoteControl control = control();
        control.receive(signed(settings(7, "已接受")));
        SignedOrders good = signed(settings(8, "新"));
        SignedOrders other = signed(settings(9, "另一份"));

        assertRefused(control, new SignedOrders(good.payload(), null), "unsigned");
        assertRefused(control, signed(Ed25519Keys.generate(), TERMINAL, NOW, settings(8, "伪造")), "bad-signature");
        assertRefused(control, new SignedOrders(other.payload(), good.signature()), "bad-signature");
        assertRefused(control, new SignedOrders("%%%", good.signature()), "bad-signature");
        assertRefused(control, signed(settings(6, "旧版本")), "older-version");
        assertRefused(control, signed(platformKeys, "T999999999", NOW, settings(8, "别的终端")), "wrong-terminal");
        assertRefused(control, signed(platformKeys, TERMINAL, NOW.minusSeconds(3600), settings(8, "旧命令")), "older-orders");
        assertRefused(control, signed(new TerminalSettings(8, 1, null, null, null, null, null, null)),
                "invalid: idleTimeoutSeconds must be 15..600");

        assertThat(control().settings()).as("still the accepted one, after a restart too").contains(settings(7, "已接受"));
        assertThat(control.receive(good)).isPresent();
        assertThat(control.report().lastRefusal()).as("cleared by accepted orders").isNull();
    }

    @Test
    void withoutAPinnedKeyEveryOrderIsRefused() throws Exception {
        identity = Optional.of(identity(null));
        assertRefused(control(), signed(settings(1, "x")), "no-pinned-key");
    }

    @Test
    void eachCommandIsHandedOutOnceEvenAfterARestartAndAnInterruptedOneIsReportedFailed() throws Exception {
        RemoteCommand restart = new RemoteCommand(UUID.randomUUID(), CommandKind.RESTART, NOW);
        RemoteCommand print = new RemoteCommand(UUID.randomUUID(), CommandKind.PRINT_TEST_PAGE, NOW);
        RemoteControl control = control();
        assertThat(control.receive(signed(null, restart, print)).orElseThrow().commands()).containsExactly(restart, print);
        control.finished(restart.id(), CommandOutcome.APPLIED, "exiting with 75");
        assertThat(control.receive(signed(null, restart, print)).orElseThrow().commands()).isEmpty();

        RemoteControl restarted = control();
        assertThat(restarted.receive(signed(null, restart, print)).orElseThrow().commands()).isEmpty();
        assertThat(restarted.report().results()).extracting(r -> r.outcome() + " " + r.detail())
                .containsExactly("APPLIED exiting with 75", "FAILED " + RemoteControl.INTERRUPTED);
    }

    private static void assertRefused(RemoteControl control, SignedOrders orders, String reason) throws Exception {
        assertThat(control.receive(orders)).as(reason).isEmpty();
        assertThat(control.report().lastRefusal().reason()).isEqualTo(reason);
    }
}
