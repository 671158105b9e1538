package org.lingong.platform.api.events;

/**
 * Payload of {@code REFERRAL_ISSUED}: the slip's token; its claims must match the sending terminal.
 *
 * @param token      the slip's {@code LG1.…} token
 * @param slipNumber the number printed on the slip ({@code TJ-20261205-0003}), which staff and operators read; absent
 *                   ({@code null}) from kiosks older than the field, which are still accepted
 */
public record ReferralIssued(String token, String slipNumber) implements EventPayload {

    /** The form of a slip number: 1-40 letters, digits and dashes. */
    public static final String SLIP_NUMBER_PATTERN = "[A-Za-z0-9-]{1,40}";

    /** As older kiosks send it: the token only. */
    public ReferralIssued(String token) {
        this(token, null);
    }
}
