package org.lingong.platform.api.content;

/**
 * One entry of the station's 基层公共就业服务事项清单.
 *
 * @param mongolianName the name in traditional Mongolian script, or {@code null} when the platform has none (a
 *                      terminal then shows {@code name}); absent from the JSON of platforms before it
 */
public record ServiceItem(long id, String name, String description, int sortOrder, String mongolianName) {

    /** An item without a Mongolian name. */
    public ServiceItem(long id, String name, String description, int sortOrder) {
        this(id, name, description, sortOrder, null);
    }
}
