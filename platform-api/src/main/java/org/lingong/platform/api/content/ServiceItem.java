package org.lingong.platform.api.content;

/** One entry of the station's 基层公共就业服务事项清单. */
public record ServiceItem(long id, String name, String description, int sortOrder) {
}
