package org.lingong.kiosk.registration;

import java.util.List;
import java.util.stream.Collectors;

import org.lingong.platform.api.privacy.Masking;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.worktype.JobCategory;

/** The words of the last step's summary: name and phone masked, the answers in the session language. */
final class RegistrationSummary {

    private RegistrationSummary() {
    }

    static String describe(RegistrationDraft draft, List<JobCategory> categories, Messages messages) {
        String name = draft.identity().map(CardIdentity::maskedName).orElseGet(() -> messages.get("registration.card.none"));
        String jobs = categories.stream().filter(c -> draft.jobCategoryCodes().contains(c.code()))
                .map(c -> c.name(messages.language())).collect(Collectors.joining(messages.get("registration.listSeparator")));
        return String.join("\n", List.of(
                messages.get("registration.summary.name", name),
                messages.get("registration.summary.phone", Masking.phone(draft.phone())),
                messages.get("registration.summary.jobs", jobs),
                messages.get("registration.summary.pay", draft.pay().map(p -> messages.get(p.labelKey())).orElse("")),
                messages.get("registration.summary.availability",
                        draft.availability().map(a -> messages.get(a.labelKey())).orElse("")),
                messages.get("registration.summary.status", draft.status().map(s -> messages.get(s.labelKey())).orElse(""))));
    }
}
