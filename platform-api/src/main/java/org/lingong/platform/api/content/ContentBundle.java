package org.lingong.platform.api.content;

import java.util.List;

/** Everything a station shows besides jobs; {@code version} rises whenever any of it changes. */
public record ContentBundle(long version, String regionCode, List<TrainingCourse> trainingCourses,
                            List<JobFair> jobFairs, List<LiveSession> liveSessions, List<ServiceItem> serviceItems,
                            List<Announcement> announcements) {
}
