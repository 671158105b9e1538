package org.lingong.kiosk.worktype;

import java.io.IOException;
import java.util.List;


/**
 * Port: the job categories (工种) offered as tiles. Called on a background thread through the
 * {@link org.lingong.kiosk.executor.TaskExecutor}; may block (disk, network).
 */
public interface JobCategorySource {

    List<JobCategory> categories() throws IOException;
}
