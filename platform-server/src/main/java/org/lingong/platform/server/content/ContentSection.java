package org.lingong.platform.server.content;

import java.util.Arrays;
import java.util.Optional;

/** The console's content pages, one per kind of item: the path segment, the kind stored and the name shown. */
public enum ContentSection {
    COURSES("courses", ContentKind.TRAINING, "培训课程"),
    FAIRS("fairs", ContentKind.JOB_FAIR, "招聘会"),
    LIVE("live", ContentKind.LIVE_SESSION, "直播带岗"),
    SERVICES("services", ContentKind.SERVICE_ITEM, "服务事项清单"),
    ANNOUNCEMENTS("announcements", ContentKind.ANNOUNCEMENT, "公告"),
    POLICIES("policies", ContentKind.POLICY, "政策");

    private final String slug;
    private final ContentKind kind;
    private final String label;

    ContentSection(String slug, ContentKind kind, String label) {
        this.slug = slug;
        this.kind = kind;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public ContentKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public String path() {
        return "/console/content/" + slug;
    }

    public static Optional<ContentSection> ofSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }
}
