package org.lingong.kiosk.recognition;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableObjectValue;

import org.lingong.kiosk.registration.RegistrationStep;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.worker.ActiveWorker;

/**
 * The small worker-code QR on the registration done step ("下次扫码即可登录"): the code of the worker just
 * registered, only while the done step shows. Follows the registration view model, so the session wipe (which resets
 * registration) hides it. The code holds the opaque worker reference and a MAC, no personal data. JavaFX thread only.
 */
public final class WorkerCodeBadgeViewModel implements SessionScoped {

    private final ObjectBinding<Optional<String>> code;

    public WorkerCodeBadgeViewModel(RegistrationViewModel registration, WorkerCodes codes) {
        ObservableObjectValue<ActiveWorker> worker = registration.registeredWorkerProperty();
        this.code = Bindings.createObjectBinding(() -> registration.stepProperty().get() == RegistrationStep.DONE
                && worker.get() != null ? Optional.of(codes.issue(worker.get().workerRef())) : Optional.empty(),
                registration.stepProperty(), worker);
    }

    /** The worker code to show as a QR, empty when nothing should show. */
    public ObjectBinding<Optional<String>> codeProperty() {
        return code;
    }

    @Override
    public void clearSession() {
        code.invalidate();
    }
}
