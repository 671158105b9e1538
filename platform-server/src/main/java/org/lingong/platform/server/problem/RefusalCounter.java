package org.lingong.platform.server.problem;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.regex.Pattern;
import org.lingong.platform.api.problem.Problem;
import org.springframework.stereotype.Component;

/**
 * Counts refused requests (4xx problem answers) as {@code lingong.requests.refused} by {@code reason} and
 * {@code status}. Reasons are the platform's own vocabulary; a reason of another shape is counted as {@code other}
 * so no caller can grow the number of series.
 */
@Component
public class RefusalCounter {

    static final String METER = "lingong.requests.refused";

    private static final Pattern REASON = Pattern.compile("[a-z0-9-]{1,48}");

    private final MeterRegistry registry;

    RefusalCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts {@code problem} if it refuses the request (status 400-499); server failures are not refusals. */
    public void count(Problem problem) {
        if (problem.status() < 400 || problem.status() > 499) {
            return;
        }
        Counter.builder(METER).description("Requests refused with a problem answer")
                .tag("reason", reasonTag(problem.reason())).tag("status", Integer.toString(problem.status()))
                .register(registry).increment();
    }

    /** {@code reason} as a metric tag: a reason of the platform's shape, else {@code other}. */
    public static String reasonTag(String reason) {
        return reason != null && REASON.matcher(reason).matches() ? reason : "other";
    }
}
