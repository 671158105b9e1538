package org.lingong.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = new Messages(KioskLanguage.ZH_CN);

    @Test
    void bindingFollowsLanguageAndArguments() {
        SimpleIntegerProperty seconds = new SimpleIntegerProperty(20);
        StringBinding text = messages.bind("idle.countdown", seconds);

        assertThat(text.get()).isEqualTo("20 秒后返回首页，您的信息会被清除。");
        seconds.set(7);
        assertThat(text.get()).startsWith("7 秒后");
        messages.select(KioskLanguage.EN);
        assertThat(text.get()).isEqualTo("Returning to the home screen in 7 s. Your information will be cleared.");
    }

    @Test
    void clearingTheSessionRestoresTheConfiguredLanguage() {
        Messages englishByDefault = new Messages(KioskLanguage.EN);
        englishByDefault.select(KioskLanguage.ZH_CN);

        englishByDefault.clearSession();

        assertThat(englishByDefault.language()).isEqualTo(KioskLanguage.EN);
        assertThat(englishByDefault.get("idle.continue")).isEqualTo("Continue");
    }

    @Test
    void anUnknownKeyShowsTheKeyInsteadOfFailingTheScreen() {
        assertThat(messages.get("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void eachLanguageNamesItselfInItsOwnLanguage() {
        messages.select(KioskLanguage.EN);
        assertThat(messages.get(KioskLanguage.ZH_CN.nameKey())).isEqualTo("中文");
        assertThat(messages.get(KioskLanguage.EN.nameKey())).isEqualTo("English");
    }
}
