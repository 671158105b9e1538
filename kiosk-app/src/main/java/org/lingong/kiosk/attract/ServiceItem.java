package org.lingong.kiosk.attract;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.LocalizedName;

/**
 * One entry of the station's service item list (基层公共就业服务事项清单).
 *
 * @param code        the item's code in the list (stable, for statistics)
 * @param chineseName the official name; always present
 * @param englishName the English name, or {@code null} when the list has none (Chinese is shown)
 */
public record ServiceItem(String code, String chineseName, @Nullable String englishName,
        @Nullable String mongolianName) {

    public ServiceItem {
        Objects.requireNonNull(code, "code");
        if (chineseName == null || chineseName.isBlank()) {
            throw new IllegalArgumentException("service item " + code + " has no Chinese name");
        }
    }

    public ServiceItem(String code, String chineseName, @Nullable String englishName) {
        this(code, chineseName, englishName, null);
    }

    /** The English or Mongolian name in that language where the list has one, else the Chinese name. */
    public String name(KioskLanguage language) {
        return LocalizedName.pick(language, chineseName, englishName, mongolianName);
    }
}
