package org.lingong.platform.server.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lingong.platform.api.content.Announcement;
import org.lingong.platform.api.content.ContactPolicySetting;
import org.lingong.platform.api.content.ContentBundle;
import org.lingong.platform.api.content.JobFair;
import org.lingong.platform.api.content.LiveSession;
import org.lingong.platform.api.content.PolicyPage;
import org.lingong.platform.api.content.ServiceItem;
import org.lingong.platform.api.content.TrainingCourse;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.support.DbTime;
import org.lingong.platform.server.terminals.Terminal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the content bundle of a terminal's station and region. */
@Service
public class ContentService {

    private final ContentRepository content;
    private final Clock clock;

    ContentService(ContentRepository content, Clock clock) {
        this.content = content;
        this.clock = clock;
    }

    /** Refuses (400) a region that is not a 4-digit 盟市 prefix or a setting without a policy. */
    public void checkContactPolicy(String regionCode, ContactPolicySetting setting) {
        if (!regionCode.matches("[0-9]{4}")) {
            throw ApiException.badRequest("invalid-value", "regionCode must be the 4-digit 盟市 prefix, e.g. 1501");
        }
        if (setting == null || setting.contactPolicy() == null) {
            throw ApiException.badRequest("missing-field", "contactPolicy is required: OPEN or GATED");
        }
    }

    public long version(Terminal terminal) {
        return content.version(terminal.stationCode(), terminal.regionCode());
    }

    @Transactional(readOnly = true)
    public ContentBundle bundleFor(Terminal terminal) {
        List<TrainingCourse> courses = new ArrayList<>();
        List<JobFair> fairs = new ArrayList<>();
        List<LiveSession> live = new ArrayList<>();
        List<ServiceItem> services = new ArrayList<>();
        List<Announcement> announcements = new ArrayList<>();
        List<PolicyPage> policies = new ArrayList<>();
        LocalDate today = DbTime.statDay(clock.instant());
        for (ContentRow row : content.visibleTo(terminal.stationCode(), terminal.regionCode())) {
            switch (row.kind()) {
                case TRAINING -> courses.add(new TrainingCourse(row.id(), row.title(), row.organizer(), row.location(),
                        day(row.startsAt()), day(row.endsAt()), row.flag(), row.detail()));
                case JOB_FAIR -> fairs.add(new JobFair(row.id(), row.title(), row.organizer(), row.location(),
                        row.startsAt(), row.endsAt(), row.detail()));
                case LIVE_SESSION -> live.add(new LiveSession(row.id(), row.title(), row.organizer(), row.location(),
                        row.startsAt(), row.endsAt(), row.detail(), row.linkUrl()));
                case SERVICE_ITEM -> services.add(new ServiceItem(row.id(), row.title(), row.detail(), row.sortOrder(),
                        row.mongolianTitle()));
                case ANNOUNCEMENT -> {
                    LocalDate until = day(row.endsAt());
                    if (until == null || !until.isBefore(today)) {
                        announcements.add(new Announcement(row.id(), row.title(), row.detail(), row.startsAt(), until));
                    }
                }
                case POLICY -> policies.add(row.policyPage());
            }
        }
        return new ContentBundle(version(terminal), terminal.regionCode(), courses, fairs, live, services, announcements,
                WorkCategories.all(), content.contactPolicy(terminal.regionCode()),
                policies);
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : DbTime.statDay(instant);
    }
}
