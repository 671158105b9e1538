package org.lingong.devices.idcard.codec;

/**
 * Card data from the reader that cannot be decoded: a payload whose length fields do not add up, or a
 * text-block field that is not what the layout promises. Names the field; never contains the
 * field's personal content (names, numbers, addresses, dates).
 */
public class CardDecodeException extends Exception {

    private final String field;
    private final String problem;

    public CardDecodeException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** What is wrong with the field, e.g. {@code is not a real date}. */
    public String problem() {
        return problem;
    }

    /** The payload or text-block field at fault, e.g. {@code birthDate}, {@code photoLength}. */
    public String field() {
        return field;
    }
}
