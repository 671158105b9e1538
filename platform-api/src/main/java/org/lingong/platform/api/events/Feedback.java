package org.lingong.platform.api.events;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Payload of {@code FEEDBACK} (好差评): rating 1-5, optional comment up to 500 chars. Anonymous unless the envelope
 * names a worker.
 *
 * @param rating  5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意
 * @param service what the session did, e.g. {@code FIND_JOB}, {@code REFERRAL} (upper-case code, at most 40
 *                characters); {@code null} from kiosks before this field
 * @param reasons codes of the reason chips chosen for a low rating (at most 6, each an upper-case code); empty when none
 */
public record Feedback(int rating, String comment, String service, List<String> reasons) implements EventPayload {

    /** What a service or reason code may look like. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public Feedback {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A rating without service or reasons (kiosks before 好差评 sent only these). */
    public Feedback(int rating, String comment) {
        this(rating, comment, null, List.of());
    }

    /** True for the two lowest levels: 不满意 and 非常不满意. */
    public boolean low() {
        return rating <= 2;
    }
}
