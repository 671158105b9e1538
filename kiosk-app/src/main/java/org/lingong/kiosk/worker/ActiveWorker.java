package org.lingong.kiosk.worker;

import java.util.List;
import java.util.Objects;

/**
 * The worker a session belongs to, once known: registered at this kiosk just now, recognised by a placed ID card,
 * or by a scanned worker code. Holds no clear personal data: an opaque reference and already masked texts.
 *
 * @param workerRef      the kiosk's opaque reference ({@code w-} + UUID), the {@code workerRef} of outbox events
 * @param maskedName     e.g. 张*明, or "-" when not known
 * @param maskedIdNumber e.g. 150102********123X, or "-" when not known
 * @param workTypes      the codes of the work types (工种) registered as wanted, e.g. {@code G101}; empty if unknown
 */
public record ActiveWorker(String workerRef, String maskedName, String maskedIdNumber, List<String> workTypes) {

    public ActiveWorker {
        Objects.requireNonNull(workerRef, "workerRef");
        Objects.requireNonNull(maskedName, "maskedName");
        Objects.requireNonNull(maskedIdNumber, "maskedIdNumber");
        if (!workerRef.matches("[A-Za-z0-9_.:-]{1,64}")) {
            throw new IllegalArgumentException("workerRef must be 1-64 characters of [A-Za-z0-9_.:-]");
        }
        workTypes = workTypes == null ? List.of() : List.copyOf(workTypes);
    }

    /** A worker whose wanted work types are not known here. */
    public ActiveWorker(String workerRef, String maskedName, String maskedIdNumber) {
        this(workerRef, maskedName, maskedIdNumber, List.of());
    }
}
