package org.lingong.platform.server.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lingong.platform.api.content.ContactPolicy;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.audit.AuditLog;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.seed.Division;
import org.lingong.platform.server.seed.Divisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Content as operators edit it in the console: courses, fairs, 直播带岗 sessions, service items, announcements and
 * policy pages (政策) of
 * the 盟市 (or, for the province, all of Inner Mongolia) an operator covers, and each 盟市's contact policy. Every
 * change takes a new content change number, so the region's kiosks fetch it with their next content refresh, and
 * writes an audit entry in the same transaction. Items outside the operator's region are answered as absent.
 */
@Service
public class ContentEditor {

    /** Where items can be published: {@code code} is the content region prefix (15 or a 盟市's 4 digits). */
    public record Target(String code, String name) {
    }

    /** What became of a save: {@code found} false if the item is not the operator's; {@code id} of the item saved. */
    public record Saved(boolean found, long id) {
    }

    /** A 盟市 and its contact policy. */
    public record RegionPolicy(String code, String name, ContactPolicy policy) {
    }

    private static final String WHOLE_REGION = "15";

    private final ContentRepository content;
    private final AuditLog audit;

    ContentEditor(ContentRepository content, AuditLog audit) {
        this.content = content;
        this.audit = audit;
    }

    /** The regions an operator publishes to: all of 内蒙古 and every 盟市 (province), their 盟市, or none (旗县区). */
    public List<Target> targets(SignedIn operator) {
        String prefix = operator.regionPrefix();
        List<Target> targets = new ArrayList<>();
        if (prefix.length() == 2) {
            targets.add(new Target(WHOLE_REGION, "全区（内蒙古自治区）"));
        }
        for (Division prefecture : Divisions.innerMongolia().prefectures()) {
            String code = prefecture.code().substring(0, 4);
            if (code.startsWith(prefix)) {
                targets.add(new Target(code, prefecture.name()));
            }
        }
        return targets;
    }

    public String regionName(String code) {
        if (WHOLE_REGION.equals(code)) {
            return "全区";
        }
        return Divisions.innerMongolia().find(code + "00").map(Division::name).orElse(code);
    }

    public List<ContentRow> list(SignedIn operator, ContentSection section) {
        return content.editableUnder(operator.regionPrefix(), section.kind());
    }

    /** An item of the section in the operator's region; empty otherwise (other region, other kind, removed). */
    public Optional<ContentRow> find(SignedIn operator, ContentSection section, long id) {
        return content.find(id).filter(row -> row.kind() == section.kind() && row.stationCode() == null
                && row.regionCode().startsWith(operator.regionPrefix()));
    }

    /**
     * Creates ({@code id} null) or changes an item from the form; {@code errors} filled if the form is not right.
     * Moving an item to another region removes it there and creates it anew, so both regions' versions rise.
     *
     * @return not found if {@code id} names no item the operator may edit; else the id saved (0 if the form is wrong)
     */
    @Transactional
    public Saved save(SignedIn operator, ContentSection section, Long id, Map<String, String> form, FormErrors errors) {
        Optional<ContentRow> existing = id == null ? Optional.empty() : find(operator, section, id);
        if (id != null && existing.isEmpty()) {
            return new Saved(false, 0);
        }
        java.util.Set<String> regions = new java.util.HashSet<>();
        targets(operator).forEach(t -> regions.add(t.code()));
        ContentRow parsed = ContentForm.parse(section, form, regions, errors);
        if (parsed == null) {
            return new Saved(true, 0);
        }
        if (existing.isPresent() && existing.get().regionCode().equals(parsed.regionCode())) {
            content.update(withId(parsed, id));
            record(operator, "content.update", section, id, parsed);
            return new Saved(true, id);
        }
        existing.ifPresent(old -> {
            content.remove(old.id());
            record(operator, "content.remove", section, old.id(), old);
        });
        long created = content.insertReturningId(parsed);
        record(operator, "content.create", section, created, parsed);
        return new Saved(true, created);
    }

    /** Removes an item; false if the operator may not see it. */
    @Transactional
    public boolean remove(SignedIn operator, ContentSection section, long id) {
        Optional<ContentRow> row = find(operator, section, id);
        row.ifPresent(old -> {
            content.remove(id);
            record(operator, "content.remove", section, id, old);
        });
        return row.isPresent();
    }

    /** The contact policy of each 盟市 the operator covers. */
    public List<RegionPolicy> policies(SignedIn operator) {
        List<RegionPolicy> policies = new ArrayList<>();
        for (Target target : targets(operator)) {
            if (!WHOLE_REGION.equals(target.code())) {
                policies.add(new RegionPolicy(target.code(), target.name(), content.contactPolicy(target.code())));
            }
        }
        return policies;
    }

    /**
     * Sets the contact policy of a 盟市 (4 digits) the operator covers.
     *
     * @return false if the region is not one of the operator's
     */
    @Transactional
    public boolean setContactPolicy(SignedIn operator, String regionCode, ContactPolicy policy) {
        if (regionCode == null || !regionCode.matches("[0-9]{4}") || !regionCode.startsWith(operator.regionPrefix())) {
            return false;
        }
        ContactPolicy before = content.contactPolicy(regionCode);
        content.setContactPolicy(regionCode, policy);
        audit.record(operator.username(), "content.contact-policy", "region:" + regionCode,
                "联系方式 " + words(before) + " → " + words(policy), regionCode);
        return true;
    }

    /** The contact policies as form values: region code to OPEN or GATED. */
    public Map<String, String> policyValues(SignedIn operator) {
        Map<String, String> values = new LinkedHashMap<>();
        policies(operator).forEach(p -> values.put(p.code(), p.policy().name()));
        return values;
    }

    public static String words(ContactPolicy policy) {
        return policy == ContactPolicy.GATED ? "经驿站联系" : "直接联系用工单位";
    }

    private void record(SignedIn operator, String action, ContentSection section, long id, ContentRow row) {
        audit.record(operator.username(), action, "content:" + id, section.label() + " " + row.title()
                + (row.linkUrl() == null ? "" : " " + row.linkUrl()), row.regionCode());
    }

    private static ContentRow withId(ContentRow row, long id) {
        return new ContentRow(id, row.kind(), row.regionCode(), row.stationCode(), row.title(), row.organizer(),
                row.location(), row.startsAt(), row.endsAt(), row.detail(), row.flag(), row.sortOrder(), row.linkUrl(),
                row.whoQualifies(), row.whatToBring(), row.mongolianTitle());
    }
}
