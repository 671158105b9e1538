package org.lingong.kiosk.search;

import java.util.Locale;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the worker typed on the pinyin-initial keyboard: letters A-Z only, at most {@value #MAX_LETTERS}.
 * Kept in lower case (as the catalog searches); shown in capitals. JavaFX thread only.
 */
public final class InitialsEntry {

    static final int MAX_LETTERS = 8;

    private final ReadOnlyStringWrapper letters = new ReadOnlyStringWrapper(this, "letters", "");

    /** Adds a letter; ignored when full or not A-Z. Returns whether the text changed. */
    public boolean press(char letter) {
        char lower = Character.toLowerCase(letter);
        if (lower < 'a' || lower > 'z' || letters.get().length() >= MAX_LETTERS) {
            return false;
        }
        letters.set(letters.get() + lower);
        return true;
    }

    /** Removes the last letter. Returns whether the text changed. */
    public boolean delete() {
        String now = letters.get();
        if (now.isEmpty()) {
            return false;
        }
        letters.set(now.substring(0, now.length() - 1));
        return true;
    }

    /** Removes every letter. Returns whether the text changed. */
    public boolean clear() {
        if (letters.get().isEmpty()) {
            return false;
        }
        letters.set("");
        return true;
    }

    /** Lower case, as searched. */
    public String letters() {
        return letters.get();
    }

    public ReadOnlyStringProperty lettersProperty() {
        return letters.getReadOnlyProperty();
    }

    /** For display: capitals. */
    public String shown() {
        return letters.get().toUpperCase(Locale.ROOT);
    }
}
