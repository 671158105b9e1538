package org.lingong.kiosk.technician;

import org.lingong.kiosk.i18n.Messages;

/**
 * What a probe or a test came to: a sentence (message key, with {@code detail} as its first argument and the words
 * of {@code wordsKey} as its second) and whether the device answered as it should. {@code detail} is technical and
 * never personal (ports, baud, masked card data); {@code wordsKey} names a state or a device in the current language
 * ({@code ""} for none), so no enum name reaches the screen.
 */
public record CheckOutcome(boolean ok, String messageKey, String detail, String wordsKey) {

    public CheckOutcome(boolean ok, String messageKey, String detail) {
        this(ok, messageKey, detail, "");
    }

    static CheckOutcome ok(String messageKey, String detail) {
        return new CheckOutcome(true, messageKey, detail);
    }

    static CheckOutcome failed(String messageKey, String detail) {
        return new CheckOutcome(false, messageKey, detail);
    }

    /** The same outcome with {@code wordsKey} as the sentence's second argument. */
    CheckOutcome saying(String wordsKey) {
        return new CheckOutcome(ok, messageKey, detail, wordsKey);
    }

    /** The sentence in the current language. JavaFX thread. */
    public String text(Messages messages) {
        return messages.get(messageKey, detail, wordsKey.isEmpty() ? "" : messages.get(wordsKey));
    }
}
