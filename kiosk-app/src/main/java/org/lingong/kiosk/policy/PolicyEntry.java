package org.lingong.kiosk.policy;

import java.util.HashSet;
import java.util.Set;

import org.lingong.platform.api.content.PolicyPage;
import org.lingong.platform.client.catalog.PinyinInitials;

/** A policy page with the pinyin initials it is found by: those of its title, and of its summary. */
record PolicyEntry(PolicyPage page, Set<String> titleInitials, Set<String> summaryInitials) {

    static PolicyEntry of(PolicyPage page) {
        return new PolicyEntry(page, PinyinInitials.of(page.title()),
                PinyinInitials.of(page.summary() == null ? "" : page.summary()));
    }

    /** Found by {@code letters} (lower case): the title's initials contain them, or else the summary's. */
    boolean matches(String letters) {
        return letters.isEmpty() || contains(titleInitials, letters) || contains(summaryInitials, letters);
    }

    /** Title matches come before summary matches. */
    boolean titleMatches(String letters) {
        return contains(titleInitials, letters);
    }

    private static boolean contains(Set<String> initials, String letters) {
        return new HashSet<>(initials).stream().anyMatch(variant -> variant.contains(letters));
    }
}
