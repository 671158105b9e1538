package org.lingong.platform.api.content;

import java.util.List;

/**
 * Everything a station shows besides jobs; {@code version} rises whenever any of it changes.
 *
 * @param workCategories the platform's list of work types (工种), for registration and search alike; empty from a
 *                       platform that sends none (the kiosk then uses its bundled copy)
 * @param contactPolicy  how a worker reaches an employer in this region; {@code null} from a platform that sends none
 *                       (then {@link ContactPolicy#OPEN})
 * @param policies       policy pages (政策) for the region; empty from a platform that sends none
 */
public record ContentBundle(long version, String regionCode, List<TrainingCourse> trainingCourses,
                            List<JobFair> jobFairs, List<LiveSession> liveSessions, List<ServiceItem> serviceItems,
                            List<Announcement> announcements, List<WorkCategory> workCategories,
                            ContactPolicy contactPolicy, List<PolicyPage> policies) {

    public ContentBundle {
        workCategories = workCategories == null ? List.of() : List.copyOf(workCategories);
        policies = policies == null ? List.of() : List.copyOf(policies);
    }

    /** A bundle without policy pages (platforms before 政策). */
    public ContentBundle(long version, String regionCode, List<TrainingCourse> trainingCourses,
                         List<JobFair> jobFairs, List<LiveSession> liveSessions, List<ServiceItem> serviceItems,
                         List<Announcement> announcements, List<WorkCategory> workCategories,
                         ContactPolicy contactPolicy) {
        this(version, regionCode, trainingCourses, jobFairs, liveSessions, serviceItems, announcements, workCategories,
                contactPolicy, List.of());
    }

    /** A bundle without work categories and with the default contact policy. */
    public ContentBundle(long version, String regionCode, List<TrainingCourse> trainingCourses, List<JobFair> jobFairs,
                         List<LiveSession> liveSessions, List<ServiceItem> serviceItems,
                         List<Announcement> announcements) {
        this(version, regionCode, trainingCourses, jobFairs, liveSessions, serviceItems, announcements, List.of(),
                null);
    }
}
