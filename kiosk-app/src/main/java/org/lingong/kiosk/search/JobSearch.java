package org.lingong.kiosk.search;

import java.util.List;
import java.util.Optional;

import org.lingong.kiosk.worktype.JobCategory;

import org.lingong.platform.api.jobs.Job;

/**
 * Port: the jobs the worker can search. Implementations answer from local data (the offline catalog) in
 * about a millisecond, but are still called through the {@link org.lingong.kiosk.executor.TaskExecutor}
 * (off the UI thread); they must be thread-safe.
 */
public interface JobSearch {

    SearchPage search(SearchCriteria criteria);

    Optional<Job> job(long id);

    /** The 工种 present, most jobs first. */
    List<String> categories();

    /** The work-type list the 工种 names come from (for their English and Mongolian names); empty if there is none. */
    default List<JobCategory> workTypes() {
        return List.of();
    }

    /** The 旗县区 of the jobs within {@code city} (a 4-digit 盟市 prefix), by code. */
    List<District> districts(District city);

    CatalogStatus status();
}
