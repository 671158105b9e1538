package org.lingong.platform.server.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.lingong.platform.api.jobs.JobDraft;
import org.lingong.platform.api.jobs.JobStatus;
import org.lingong.platform.api.jobs.PayUnit;
import org.lingong.platform.server.content.ContentKind;
import org.lingong.platform.server.content.ContentRow;
import org.lingong.platform.server.content.MongolianNames;
import org.lingong.platform.server.seed.SeedAnnouncement;
import org.lingong.platform.server.seed.SeedCourse;
import org.lingong.platform.server.seed.SeedFair;
import org.lingong.platform.server.seed.SeedJob;
import org.lingong.platform.server.seed.SeedLiveSession;
import org.lingong.platform.server.seed.SeedServiceItem;
import org.lingong.platform.server.seed.SeedStation;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.support.DbTime;

/** Maps the seed generator's records to the platform's rows. Pure functions. */
final class SeedMapping {

    /** Content for all of Inner Mongolia. */
    static final String WHOLE_REGION = "15";

    private SeedMapping() {
    }

    static Station station(SeedStation s) {
        return new Station(s.code(), s.name(), s.regionCode(), s.districtCode(), s.address());
    }

    static JobDraft job(SeedJob j) {
        return new JobDraft(j.title(), j.categoryName(), j.employerName(), j.contactName(), j.contactPhone(),
                j.districtCode(), j.districtName(), j.address(), j.payAmount(), payUnit(j), j.headcount(),
                j.workStartDate(), j.workEndDate(), j.dailyHours(), String.join("；", j.requirements()),
                j.mealsProvided(), j.lodgingProvided(), JobStatus.valueOf(j.status().name()),
                MongolianNames.jobTitle(j.categoryCode()));
    }

    static PayUnit payUnit(SeedJob j) {
        return switch (j.payUnit()) {
            case PER_DAY -> PayUnit.DAY;
            case PER_HOUR -> PayUnit.HOUR;
            case PER_PIECE -> PayUnit.PIECE;
            case PER_MONTH -> PayUnit.MONTH;
            case PER_MU -> PayUnit.MU;
            case PER_HEAD -> PayUnit.HEAD;
        };
    }

    /** GB/T 2260 code to the prefix a station's 4-digit region starts with: 150000 → 15, 150102 → 1501. */
    static String regionPrefix(String districtCode) {
        return districtCode.endsWith("0000") ? districtCode.substring(0, 2) : districtCode.substring(0, 4);
    }

    static ContentRow course(SeedCourse c) {
        return new ContentRow(0, ContentKind.TRAINING, regionPrefix(c.districtCode()), null, c.title(), c.provider(),
                null, at(c.startDate(), LocalTime.of(9, 0)), at(c.endDate(), LocalTime.of(17, 0)),
                c.hours() + "学时，" + c.subsidy() + "，名额" + c.seats() + "人",
                c.subsidy().contains("免费") || c.subsidy().contains("补贴"), 0);
    }

    static ContentRow fair(SeedFair f) {
        String[] hours = f.hours().split("-");
        return new ContentRow(0, ContentKind.JOB_FAIR, regionPrefix(f.districtCode()), null, f.title(), null, f.venue(),
                at(f.date(), LocalTime.parse(hours[0])), at(f.date(), LocalTime.parse(hours[1])),
                f.employerCount() + "家用人单位，" + f.positionCount() + "个岗位", false, 0);
    }

    static ContentRow live(SeedLiveSession s, String regionCode) {
        return new ContentRow(0, ContentKind.LIVE_SESSION, regionCode, null, s.title(), s.hostStationName(),
                s.platformName(), s.startsAt(), s.startsAt().plusSeconds(60L * s.durationMinutes()),
                s.jobCount() + "个岗位在线推介", false, 0);
    }

    static ContentRow serviceItem(SeedServiceItem item, int order) {
        return new ContentRow(0, ContentKind.SERVICE_ITEM, WHOLE_REGION, null, item.name(), null, null, null, null,
                item.description(), item.proxyAllowed(), order, null, MongolianNames.serviceItem(item.name()));
    }

    static ContentRow announcement(SeedAnnouncement a) {
        return new ContentRow(0, ContentKind.ANNOUNCEMENT, regionPrefix(a.districtCode()), null, a.title(), null, null,
                at(a.publishedOn(), LocalTime.of(8, 0)), null, a.body(), false, 0);
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day == null ? null : ZonedDateTime.of(day, time, DbTime.STATS_ZONE).toInstant();
    }
}
