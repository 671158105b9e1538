package org.lingong.platform.server.fleet;

/** HTML escaping of the fleet page: the pages' one rule ({@link org.lingong.platform.server.pages.Html}), a dash for null. */
final class Html {

    private Html() {
    }

    static String escape(Object value) {
        return value == null ? "–" : org.lingong.platform.server.pages.Html.escape(value);
    }
}
