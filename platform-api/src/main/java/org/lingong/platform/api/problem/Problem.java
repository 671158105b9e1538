package org.lingong.platform.api.problem;

/**
 * RFC 9457 problem details as the platform sends them ({@code application/problem+json}).
 *
 * @param type   URI naming the problem kind, e.g. {@code https://lingong.org/problems/replayed-nonce}
 * @param title  short human summary of the kind
 * @param status HTTP status code
 * @param detail what was wrong with this request (never contains personal data)
 * @param reason machine-readable reason, the last path segment of {@code type}
 */
public record Problem(String type, String title, int status, String detail, String reason) {

    /** Base URI of every problem type. */
    public static final String TYPE_BASE = "https://lingong.org/problems/";

    public static Problem of(int status, String reason, String title, String detail) {
        return new Problem(TYPE_BASE + reason, title, status, detail, reason);
    }
}
