package org.lingong.devices.transport.spec;

/** A transport spec that cannot be parsed; the message names the spec, the bad part and what was expected. */
public final class InvalidTransportSpecException extends IllegalArgumentException {

    private final String spec;
    private final String badPart;

    InvalidTransportSpecException(String spec, String badPart, String expected) {
        super("invalid transport \"" + spec + "\": bad part \"" + badPart + "\": " + expected);
        this.spec = spec;
        this.badPart = badPart;
    }

    /** The whole text as given. */
    public String spec() {
        return spec;
    }

    /** The part that is wrong. */
    public String badPart() {
        return badPart;
    }
}
