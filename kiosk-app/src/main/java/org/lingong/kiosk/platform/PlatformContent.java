package org.lingong.kiosk.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.content.ContactPolicy;
import org.lingong.platform.api.content.ContentBundle;
import org.lingong.platform.api.content.PolicyPage;
import org.lingong.platform.api.content.WorkCategory;
import org.lingong.platform.api.content.JobFair;
import org.lingong.platform.api.content.LiveSession;
import org.lingong.platform.api.content.ServiceItem;
import org.lingong.platform.api.content.TrainingCourse;

/**
 * The latest content bundle from the platform (in memory; empty until the first fetch after start) and when it
 * arrived. Written by the {@link PlatformConnection}, read by the screens' ports; offline the last bundle stays.
 * Thread-safe.
 */
public final class PlatformContent {

    private record Received(ContentBundle bundle, Instant at) {
    }

    private final Clock clock;
    private volatile @Nullable Received received;

    public PlatformContent() {
        this(Clock.systemUTC());
    }

    public PlatformContent(Clock clock) {
        this.clock = clock;
    }

    void update(ContentBundle latest) {
        received = new Received(latest, clock.instant());
    }

    /** The content version to report in heartbeats; 0 before the first bundle. */
    public long version() {
        Received current = received;
        return current == null ? 0 : current.bundle().version();
    }

    /** When the last bundle arrived; empty before one did. */
    public Optional<Instant> updatedAt() {
        Received current = received;
        return current == null ? Optional.empty() : Optional.of(current.at());
    }

    /** The station's service items from the last bundle; empty before one arrived. */
    public Optional<List<ServiceItem>> serviceItems() {
        return part(ContentBundle::serviceItems);
    }

    /** The training courses from the last bundle; empty before one arrived. */
    public Optional<List<TrainingCourse>> trainingCourses() {
        return part(ContentBundle::trainingCourses);
    }

    /** The job fairs from the last bundle; empty before one arrived. */
    public Optional<List<JobFair>> jobFairs() {
        return part(ContentBundle::jobFairs);
    }

    /** The 直播带岗 sessions from the last bundle; empty before one arrived. */
    public Optional<List<LiveSession>> liveSessions() {
        return part(ContentBundle::liveSessions);
    }

    /** The policy pages (政策) from the last bundle; empty before one arrived. */
    public Optional<List<PolicyPage>> policies() {
        return part(ContentBundle::policies);
    }

    /** The platform's list of work types from the last bundle; empty before one arrived or if it sent none. */
    public Optional<List<WorkCategory>> workCategories() {
        return part(ContentBundle::workCategories).filter(list -> !list.isEmpty());
    }

    /** The region's contact policy from the last bundle; {@link ContactPolicy#OPEN} before one arrived or if unset. */
    public ContactPolicy contactPolicy() {
        Received current = received;
        return current == null || current.bundle().contactPolicy() == null ? ContactPolicy.OPEN
                : current.bundle().contactPolicy();
    }

    private <T> Optional<List<T>> part(java.util.function.Function<ContentBundle, @Nullable List<T>> of) {
        Received current = received;
        return current == null || of.apply(current.bundle()) == null
                ? Optional.empty()
                : Optional.of(of.apply(current.bundle()));
    }
}
