package org.lingong.kiosk.technician;

/**
 * What a probe or a test came to: a sentence (message key, with {@code detail} as its one argument) and whether the
 * device answered as it should. {@code detail} is technical and never personal (ports, baud, masked card data).
 */
public record CheckOutcome(boolean ok, String messageKey, String detail) {

    static CheckOutcome ok(String messageKey, String detail) {
        return new CheckOutcome(true, messageKey, detail);
    }

    static CheckOutcome failed(String messageKey, String detail) {
        return new CheckOutcome(false, messageKey, detail);
    }
}
