package org.lingong.kiosk.worker;

import java.util.Objects;

/**
 * The worker a session belongs to, once known: registered at this kiosk just now, recognised by a placed ID card,
 * or by a scanned worker code. Holds no clear personal data: an opaque reference and already masked texts.
 *
 * @param workerRef      the kiosk's opaque reference ({@code w-} + UUID), the {@code workerRef} of outbox events
 * @param maskedName     e.g. 张*明, or "-" when not known
 * @param maskedIdNumber e.g. 150102********123X, or "-" when not known
 */
public record ActiveWorker(String workerRef, String maskedName, String maskedIdNumber) {

    public ActiveWorker {
        Objects.requireNonNull(workerRef, "workerRef");
        Objects.requireNonNull(maskedName, "maskedName");
        Objects.requireNonNull(maskedIdNumber, "maskedIdNumber");
        if (!workerRef.matches("[A-Za-z0-9_.:-]{1,64}")) {
            throw new IllegalArgumentException("workerRef must be 1-64 characters of [A-Za-z0-9_.:-]");
        }
    }
}
