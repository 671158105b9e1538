package org.lingong.kiosk.worktype;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.LocalizedName;

/**
 * One kind of work (工种) a worker can ask for.
 *
 * @param code        the platform's category code, e.g. {@code G101}
 * @param chineseName e.g. {@code 建筑小工}; always present
 * @param englishName shown in English, or {@code null} (then the Chinese name is shown)
 * @param mongolianName traditional script, shown in Mongolian, or {@code null} (then the Chinese name is shown)
 */
public record JobCategory(String code, String chineseName, @Nullable String englishName,
        @Nullable String mongolianName) {

    public JobCategory {
        Objects.requireNonNull(code, "code");
        if (chineseName == null || chineseName.isBlank()) {
            throw new IllegalArgumentException("job category " + code + " has no Chinese name");
        }
    }

    public JobCategory(String code, String chineseName, @Nullable String englishName) {
        this(code, chineseName, englishName, null);
    }

    public String name(KioskLanguage language) {
        return LocalizedName.pick(language, chineseName, englishName, mongolianName);
    }
}
