package org.lingong.kiosk.remote;

import org.lingong.kiosk.staff.StaffPrinter;
import org.lingong.platform.api.remote.CommandOutcome;
import org.lingong.platform.api.remote.DiagnosticBundle;
import org.lingong.platform.api.remote.RemoteCommand;
import org.lingong.platform.api.remote.RemoteProtocol;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.catalog.RefreshResult;
import org.lingong.platform.client.http.ApiResult;
import org.lingong.devices.printer.PrintResult;

/**
 * Runs one remote command and says how it ended. Blocking (network, printer): the platform connection's thread only.
 * A restart is reported done first and then exits ({@link KioskExit}), so it is never run again after the restart.
 */
public final class RemoteCommands {

    /** How a command ended, for {@code RemoteControl.finished}. */
    public record Outcome(CommandOutcome outcome, String detail) {
    }

    private final BackendClient backend;
    private final StaffPrinter printer;
    private final DiagnosticBundleBuilder diagnostics;
    private final Runnable catalogChanged;

    public RemoteCommands(BackendClient backend, StaffPrinter printer, DiagnosticBundleBuilder diagnostics,
            Runnable catalogChanged) {
        this.backend = backend;
        this.printer = printer;
        this.diagnostics = diagnostics;
        this.catalogChanged = catalogChanged;
    }

    public Outcome run(RemoteCommand command) {
        try {
            return switch (command.kind()) {
                case RESTART -> new Outcome(CommandOutcome.APPLIED, "exiting with " + RemoteProtocol.RESTART_EXIT_CODE);
                case RESYNC_CATALOG -> resync();
                case UPLOAD_DIAGNOSTICS -> upload(command);
                case PRINT_TEST_PAGE -> print();
            };
        } catch (Exception e) {
            return new Outcome(CommandOutcome.FAILED, e.getClass().getSimpleName());
        }
    }

    private Outcome resync() {
        RefreshResult result = backend.catalog().resync();
        if (result.outcome() != RefreshResult.Outcome.COMPLETE) {
            return new Outcome(CommandOutcome.FAILED, "catalog " + result.outcome());
        }
        catalogChanged.run();
        return new Outcome(CommandOutcome.APPLIED, "catalog re-synced: " + backend.catalog().size() + " jobs");
    }

    private Outcome upload(RemoteCommand command) {
        ApiResult<?> answer = backend.uploadDiagnostics(new DiagnosticBundle(command.id(), diagnostics.build()));
        if (answer instanceof ApiResult.Success<?> success && success.value() instanceof
                org.lingong.platform.api.remote.DiagnosticReceipt receipt) {
            return new Outcome(CommandOutcome.APPLIED, "diagnostic bundle #" + receipt.id());
        }
        return new Outcome(CommandOutcome.FAILED, "upload " + answer.getClass().getSimpleName());
    }

    private Outcome print() throws Exception {
        PrintResult result = printer.printTestPage();
        if (result instanceof PrintResult.NotPrinted refused) {
            return new Outcome(CommandOutcome.FAILED, "printer " + refused.status());
        }
        return new Outcome(CommandOutcome.APPLIED, "test page printed");
    }
}
