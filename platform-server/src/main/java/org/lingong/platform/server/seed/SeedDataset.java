package org.lingong.platform.server.seed;

import java.util.List;

/** Everything the demo profile loads. All lists are immutable. */
public record SeedDataset(List<SeedStation> stations, List<SeedJob> jobs, List<SeedCourse> courses,
                          List<SeedFair> fairs, List<SeedLiveSession> liveSessions,
                          List<SeedServiceItem> serviceItems, List<SeedAnnouncement> announcements) {

    public SeedDataset {
        stations = List.copyOf(stations);
        jobs = List.copyOf(jobs);
        courses = List.copyOf(courses);
        fairs = List.copyOf(fairs);
        liveSessions = List.copyOf(liveSessions);
        serviceItems = List.copyOf(serviceItems);
        announcements = List.copyOf(announcements);
    }
}
