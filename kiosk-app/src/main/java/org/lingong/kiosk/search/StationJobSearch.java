package org.lingong.kiosk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.lingong.kiosk.worktype.JobCategory;
import org.lingong.kiosk.worktype.JobCategorySource;
import org.lingong.platform.api.jobs.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search as the station offers it: the jobs of the underlying search with the contact a worker may call
 * ({@code contacts}), and the 工种 of the one work-type list registration uses too (those with jobs first, most jobs
 * first; then the rest of the list; then any category a job has that the list lacks, so no job is unreachable).
 */
final class StationJobSearch implements JobSearch {

    private static final Logger log = LoggerFactory.getLogger(StationJobSearch.class);

    private final JobSearch jobs;
    private final JobCategorySource workTypes;
    private final UnaryOperator<Job> contacts;

    StationJobSearch(JobSearch jobs, JobCategorySource workTypes, UnaryOperator<Job> contacts) {
        this.jobs = jobs;
        this.workTypes = workTypes;
        this.contacts = contacts;
    }

    @Override
    public SearchPage search(SearchCriteria criteria) {
        SearchPage page = jobs.search(criteria);
        return new SearchPage(page.total(), page.jobs().stream().map(contacts).toList());
    }

    @Override
    public Optional<Job> job(long id) {
        return jobs.job(id).map(contacts);
    }

    @Override
    public List<String> categories() {
        List<String> withJobs = jobs.categories();
        Set<String> listed = new LinkedHashSet<>();
        try {
            workTypes.categories().stream().map(JobCategory::chineseName).forEach(listed::add);
        } catch (IOException e) {
            log.warn("Work type list unavailable, offering the catalog's categories only: {}", e.toString());
        }
        List<String> ordered = new ArrayList<>(withJobs.stream().filter(listed::contains).toList());
        listed.stream().filter(name -> !ordered.contains(name)).forEach(ordered::add);
        withJobs.stream().filter(name -> !ordered.contains(name)).forEach(ordered::add);
        return ordered;
    }

    @Override
    public List<JobCategory> workTypes() {
        try {
            return workTypes.categories();
        } catch (IOException e) {
            log.warn("Work type list unavailable, work types shown as jobs carry them: {}", e.toString());
            return List.of();
        }
    }

    @Override
    public List<District> districts(District city) {
        return jobs.districts(city);
    }

    @Override
    public CatalogStatus status() {
        return jobs.status();
    }
}
