package org.lingong.platform.api.content;

import java.util.List;

/**
 * Everything a station shows besides jobs; {@code version} rises whenever any of it changes.
 *
 * @param workCategories the platform's list of work types (工种), for registration and search alike; empty from a
 *                       platform that sends none (the kiosk then uses its bundled copy)
 * @param contactPolicy  how a worker reaches an employer in this region; {@code null} from a platform that sends none
 *                       (then {@link ContactPolicy#OPEN})
 */
public record ContentBundle(long version, String regionCode, List<TrainingCourse> trainingCourses,
                            List<JobFair> jobFairs, List<LiveSession> liveSessions, List<ServiceItem> serviceItems,
                            List<Announcement> announcements, List<WorkCategory> workCategories,
                            ContactPolicy contactPolicy) {

    public ContentBundle {
        workCategories = workCategories == null ? List.of() : List.copyOf(workCategories);
    }

    /** A bundle without work categories and with the default contact policy. */
    public ContentBundle(long version, String regionCode, List<TrainingCourse> trainingCourses, List<JobFair> jobFairs,
                         List<LiveSession> liveSessions, List<ServiceItem> serviceItems,
                         List<Announcement> announcements) {
        this(version, regionCode, trainingCourses, jobFairs, liveSessions, serviceItems, announcements, List.of(),
                null);
    }
}
