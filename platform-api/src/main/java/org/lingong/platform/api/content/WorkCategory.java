package org.lingong.platform.api.content;

/**
 * One work type (工种) of the platform's list; jobs carry its {@code name} as their category.
 *
 * @param code          e.g. {@code G601}
 * @param name          e.g. {@code 剪羊毛}
 * @param englishName   e.g. {@code Sheep shearing}, or {@code null}
 * @param group         e.g. {@code PASTORAL}
 * @param seasonal      whether the work exists only in some months
 * @param mongolianName in traditional Mongolian script, or {@code null} (absent from platforms before it)
 */
public record WorkCategory(String code, String name, String englishName, String group, boolean seasonal,
                           String mongolianName) {

    /** A work type without a Mongolian name. */
    public WorkCategory(String code, String name, String englishName, String group, boolean seasonal) {
        this(code, name, englishName, group, seasonal, null);
    }
}
