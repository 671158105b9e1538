package org.lingong.kiosk.registration;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.lingong.platform.api.privacy.Masking;

/**
 * The phone number on the numeric keypad. While the worker types, the digits are shown grouped
 * ({@code 138 1234 5678}); once entered (the worker moved on) only the masked number
 * ({@code 138****5678}) is shown, and the next key press starts a fresh entry. At most 11 digits.
 * JavaFX thread only.
 */
public final class PhoneEntry {

    private final StringBuilder digits = new StringBuilder();
    private final ReadOnlyStringWrapper display = new ReadOnlyStringWrapper(this, "display", "");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing", true);
    private final ReadOnlyObjectWrapper<PhoneCheck> check = new ReadOnlyObjectWrapper<>(this, "check", PhoneCheck.EMPTY);

    public void press(int digit) {
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException("keypad digit out of range: " + digit);
        }
        startEditing();
        if (digits.length() < PhoneCheck.LENGTH) {
            digits.append((char) ('0' + digit));
        }
        update();
    }

    public void delete() {
        startEditing();
        if (!digits.isEmpty()) {
            digits.setLength(digits.length() - 1);
        }
        update();
    }

    public void clear() {
        digits.setLength(0);
        editing.set(true);
        update();
    }

    /** Marks the entry done: from now on only the masked number is shown. */
    public void finish() {
        editing.set(false);
        update();
    }

    public String digits() {
        return digits.toString();
    }

    public ReadOnlyStringProperty displayProperty() {
        return display.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PhoneCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    private void startEditing() {
        if (!editing.get()) {
            digits.setLength(0);
            editing.set(true);
        }
    }

    private void update() {
        String value = digits.toString();
        check.set(PhoneCheck.of(value));
        display.set(editing.get() ? grouped(value) : Masking.phone(value));
    }

    /** 3-4-4 grouping, as people read phone numbers aloud. */
    static String grouped(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            if (i == 3 || i == 7) {
                out.append(' ');
            }
            out.append(value.charAt(i));
        }
        return out.toString();
    }
}
