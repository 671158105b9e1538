package org.lingong.kiosk.i18n;

import org.jspecify.annotations.Nullable;

/**
 * Which of a platform text's versions to show: the English or Mongolian one in that language when the platform (or the
 * bundled list) has it, else the Chinese one, which is always there. The one place where data the platform sends (job
 * titles, work types, service items) takes the kiosk's language; every screen goes through it. The Mongolian text is
 * shaped ({@link MongolianShaping}) as every bundle text is, so labels draw it joined with the bundled font.
 */
public final class LocalizedName {

    private LocalizedName() {
    }

    public static String pick(KioskLanguage language, String chinese, @Nullable String english,
            @Nullable String mongolian) {
        return switch (language) {
            case EN -> present(english) ? english : chinese;
            case MN -> present(mongolian) ? MongolianShaping.shape(mongolian) : chinese;
            case ZH_CN -> chinese;
        };
    }

    private static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
