package org.lingong.kiosk.recognition;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

import org.jspecify.annotations.Nullable;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.registration.RegistrationStep;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.worker.ActiveWorker;

/**
 * The small worker-code QR ("下次扫码即可登录") and its 打印登录码 button: on the registration done step for the worker
 * just registered, and on the referral path for the slip's worker once the slip is out (请取走推荐单) or offered again
 * (您已经报过名). A printer in trouble or a slip screen without a slip shows nothing. Follows the registration and
 * referral view models, so the session wipe (which resets both) hides it. The code holds the opaque worker reference
 * and a MAC, no personal data. JavaFX thread only; printing goes through the {@link TaskExecutor}.
 */
public final class WorkerCodeBadgeViewModel implements SessionScoped {

    /** Prints the worker-code slip; empty when it came out, else why not. Blocking. */
    @FunctionalInterface
    public interface SlipPrinter {
        Optional<PrinterCondition> print(String workerCode, String maskedName) throws Exception;
    }

    /** Where the 打印登录码 button stands. */
    public enum PrintState {
        /** Not printed in this showing. */
        NONE,
        PRINTING,
        PRINTED,
        /** The printer could not print it (the QR on screen still works). */
        NOT_PRINTED
    }

    private final ObjectBinding<Optional<ActiveWorker>> worker;
    private final ObjectBinding<Optional<String>> code;
    private final ReadOnlyObjectWrapper<PrintState> printState = new ReadOnlyObjectWrapper<>(this, "printState",
            PrintState.NONE);
    private final SlipPrinter printer;
    private final TaskExecutor executor;

    /**
     * @param slipHolder the worker whose referral slip is on screen (out, or offered again), {@code null} when none:
     *                   the referral screen's, so that this package does not depend on the referral's
     */
    public WorkerCodeBadgeViewModel(RegistrationViewModel registration, ObservableValue<@Nullable ActiveWorker> slipHolder,
            WorkerCodes codes, SlipPrinter printer, TaskExecutor executor) {
        this.printer = printer;
        this.executor = executor;
        this.worker = Bindings.createObjectBinding(() -> Optional.ofNullable(shownFor(registration, slipHolder)),
                registration.stepProperty(), registration.registeredWorkerProperty(), slipHolder);
        this.code = Bindings.createObjectBinding(() -> worker.get().map(shown -> codes.issue(shown.workerRef())),
                worker);
        worker.addListener((obs, old, now) -> printState.set(PrintState.NONE));
    }

    private static @Nullable ActiveWorker shownFor(RegistrationViewModel registration,
            ObservableValue<@Nullable ActiveWorker> slipHolder) {
        if (registration.stepProperty().get() == RegistrationStep.DONE
                && registration.registeredWorkerProperty().get() != null) {
            return registration.registeredWorkerProperty().get();
        }
        return slipHolder.getValue();
    }

    /** The worker code to show as a QR, empty when nothing should show. */
    public ObjectBinding<Optional<String>> codeProperty() {
        return code;
    }

    public ReadOnlyObjectProperty<PrintState> printStateProperty() {
        return printState.getReadOnlyProperty();
    }

    /** 打印登录码: the code on a small slip, once per tap; ignored while printing or when no code shows. */
    public void print() {
        Optional<String> shown = code.get();
        Optional<ActiveWorker> holder = worker.get();
        if (shown.isEmpty() || holder.isEmpty() || printState.get() == PrintState.PRINTING) {
            return;
        }
        printState.set(PrintState.PRINTING);
        executor.submit(() -> printer.print(shown.get(), holder.get().maskedName()), notPrinted -> {
            if (printState.get() == PrintState.PRINTING && code.get().equals(shown)) {
                printState.set(notPrinted.isEmpty() ? PrintState.PRINTED : PrintState.NOT_PRINTED);
            }
        }, error -> {
            if (printState.get() == PrintState.PRINTING) {
                printState.set(PrintState.NOT_PRINTED);
            }
        });
    }

    @Override
    public void clearSession() {
        worker.invalidate();
        code.invalidate();
        printState.set(PrintState.NONE);
    }
}
