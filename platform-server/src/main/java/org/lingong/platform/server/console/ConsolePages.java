package org.lingong.platform.server.console;

import java.time.format.DateTimeFormatter;
import org.lingong.platform.server.support.DbTime;

/** Shared bits of the console pages. */
final class ConsolePages {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DbTime.STATS_ZONE);

    private ConsolePages() {
    }
}
