package org.lingong.kiosk.content;

import java.io.IOException;
import java.util.Optional;

/** Where the screens get the station's content. May block (called through the task executor). */
public interface ContentSource {

    /** The latest content, or empty when none has arrived yet (e.g. offline since start). */
    Optional<StationContent> current() throws IOException;
}
