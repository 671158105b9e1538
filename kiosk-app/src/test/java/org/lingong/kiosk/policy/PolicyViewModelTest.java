package org.lingong.kiosk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.platform.api.content.PolicyPage;

class PolicyViewModelTest {

    private final Messages messages = new Messages(KioskLanguage.ZH_CN);

    private PolicyViewModel loaded(PolicySource source) {
        PolicyViewModel policies = new PolicyViewModel(source, new CurrentThreadTaskExecutor(), messages);
        policies.load();
        return policies;
    }

    private static List<String> titles(PolicyViewModel policies) {
        return policies.shown().stream().map(PolicyPage::title).toList();
    }

    @Test
    void theBundledDemoPagesAreFoundByPinyinInitials() {
        PolicyViewModel policies = loaded(new DemoPolicies());

        int all = policies.shown().size();
        policies.pressLetter('b');
        policies.pressLetter('t');

        assertThat(all).isEqualTo(6);
        assertThat(policies.demoProperty().get()).isTrue();
        assertThat(titles(policies)).startsWith("灵活就业社保补贴", "一次性创业补贴", "职业技能培训补贴")
                .allMatch(title -> title.contains("补贴") || !title.isEmpty());
        assertThat(policies.lettersText().get()).isEqualTo("BT");
        assertThat(policies.stateProperty().get()).isEqualTo(PolicyListState.SHOWN);
    }

    @Test
    void lettersThatMatchNothingSaySoAndDeletingBringsThePagesBack() {
        PolicyViewModel policies = loaded(new DemoPolicies());

        for (char letter : "qqq".toCharArray()) {
            policies.pressLetter(letter);
        }
        PolicyListState none = policies.stateProperty().get();
        policies.pressLetter('1'); // not a letter: ignored
        policies.clearLetters();

        assertThat(none).isEqualTo(PolicyListState.NO_MATCH);
        assertThat(policies.shown()).hasSize(6);
        assertThat(policies.lettersText().get()).isEqualTo(messages.get("policy.search.hint"));
    }

    @Test
    void aPageOpensAndTheSessionsEndClosesItAndTheLetters() {
        PolicyViewModel policies = loaded(new DemoPolicies());
        policies.pressLetter('s');
        policies.openPage(policies.shown().get(0));

        policies.clearSession();

        assertThat(policies.openProperty().get()).isNull();
        assertThat(policies.shown()).hasSize(6);
    }

    @Test
    void noPagesOrAnUnreadableSourceAreCalmStates() {
        PolicyViewModel empty = loaded(() -> new PolicySource.Shelf(List.of(), false));
        PolicyViewModel broken = loaded(() -> {
            throw new java.io.IOException("no bundle");
        });

        assertThat(empty.stateProperty().get()).isEqualTo(PolicyListState.EMPTY);
        assertThat(broken.stateProperty().get()).isEqualTo(PolicyListState.FAILED);
    }
}
