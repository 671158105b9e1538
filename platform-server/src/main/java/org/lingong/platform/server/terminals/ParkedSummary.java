package org.lingong.platform.server.terminals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.api.heartbeat.ParkedReport;
import org.lingong.platform.server.problem.ApiException;

/**
 * What a terminal holds parked, as its last heartbeat said: the count and the first reports, stored as lines
 * {@code EVENT_TYPE<TAB>reason<TAB>slip number}.
 */
public record ParkedSummary(int count, List<ParkedReport> reports) {

    public ParkedSummary {
        reports = List.copyOf(reports);
    }

    /** Refuses counts below zero, too many reports, and reports whose fields are not plain codes. */
    public static void validate(Heartbeat heartbeat) {
        if (heartbeat.parkedEvents() < 0 || heartbeat.parked().size() > Heartbeat.MAX_PARKED_REPORTS
                || heartbeat.parked().size() > heartbeat.parkedEvents()) {
            throw ApiException.badRequest("invalid-value",
                    "parkedEvents must be >= 0 with at most " + Heartbeat.MAX_PARKED_REPORTS + " parked reports");
        }
        for (ParkedReport report : heartbeat.parked()) {
            if (report == null || report.eventType() == null || !report.eventType().matches("[A-Z_]{1,40}")
                    || report.reason() == null || !report.reason().matches("[a-z0-9-]{1,60}")
                    || (report.slipNumber() != null && !report.slipNumber().matches("[A-Za-z0-9-]{1,40}"))) {
                throw ApiException.badRequest("invalid-value",
                        "each parked report needs an eventType [A-Z_], a reason [a-z0-9-] and at most a slip number");
            }
        }
    }

    public static String encode(List<ParkedReport> reports) {
        return reports.stream().map(r -> r.eventType() + "\t" + r.reason() + "\t" + (r.slipNumber() == null ? "" : r.slipNumber()))
                .collect(Collectors.joining("\n"));
    }

    static ParkedSummary decode(int count, String stored) {
        List<ParkedReport> reports = stored == null || stored.isEmpty() ? List.of()
                : Arrays.stream(stored.split("\n")).map(line -> line.split("\t", -1))
                        .map(f -> new ParkedReport(f[0], f[1], f[2].isEmpty() ? null : f[2])).toList();
        return new ParkedSummary(count, reports);
    }
}
