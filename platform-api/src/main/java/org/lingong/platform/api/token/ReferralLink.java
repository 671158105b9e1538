package org.lingong.platform.api.token;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a referral slip's QR code holds: a link to the platform's slip check page, {@code <platform>/v/<token>}, so an
 * employer's phone camera or WeChat opens the check page; kiosks read the same token out of the link and verify it
 * offline. A bare token ({@code LG1.…}, the QR of older slips) is still understood.
 */
public final class ReferralLink {

    /** The path segment of the slip check page, before the token. */
    public static final String PATH = "/v/";

    private static final Pattern LINK = Pattern.compile("https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%-]+)*"
            + Pattern.quote(PATH) + "(" + Pattern.quote(ReferralTokenCodec.PREFIX) + "[A-Za-z0-9_-]{1,600})/?");

    private ReferralLink() {
    }

    /** The link to {@code token}'s check page under {@code platformBaseUrl} (with or without a trailing slash). */
    public static String of(String platformBaseUrl, String token) {
        if (platformBaseUrl == null || !platformBaseUrl.matches("https?://\\S+")) {
            throw new IllegalArgumentException("the platform base URL must be an http(s) URL");
        }
        if (token == null || !token.startsWith(ReferralTokenCodec.PREFIX)) {
            throw new IllegalArgumentException("not a referral token");
        }
        String base = platformBaseUrl.endsWith("/") ? platformBaseUrl.substring(0, platformBaseUrl.length() - 1)
                : platformBaseUrl;
        return base + PATH + token;
    }

    /**
     * The token in a scanned text: the token of a slip check link, or the text itself when it is a bare token;
     * empty for anything else. Nothing is decoded or verified here.
     */
    public static Optional<String> tokenIn(String scanned) {
        if (scanned == null) {
            return Optional.empty();
        }
        String text = scanned.strip();
        if (text.startsWith(ReferralTokenCodec.PREFIX)) {
            return Optional.of(text);
        }
        Matcher link = LINK.matcher(text);
        return link.matches() ? Optional.of(link.group(1)) : Optional.empty();
    }
}
