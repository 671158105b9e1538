package org.lingong.kiosk.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.content.JobFair;
import org.lingong.platform.api.content.LiveSession;
import org.lingong.platform.api.content.TrainingCourse;

/**
 * The station's courses, fairs and 直播带岗 sessions as last received.
 *
 * @param updatedAt when the kiosk received them from the platform; {@code null} for the bundled demo list
 */
public record StationContent(List<TrainingCourse> courses, List<JobFair> fairs, List<LiveSession> liveSessions,
                             @Nullable Instant updatedAt) {

    public StationContent {
        courses = courses == null ? List.of() : List.copyOf(courses);
        fairs = fairs == null ? List.of() : List.copyOf(fairs);
        liveSessions = liveSessions == null ? List.of() : List.copyOf(liveSessions);
    }

    public Optional<Instant> updated() {
        return Optional.ofNullable(updatedAt);
    }

    public boolean isDemo() {
        return updatedAt == null;
    }
}
