package org.lingong.platform.server.jobs;

import java.util.List;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobDraft;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/operator/jobs")
class JobOperatorController {

    private final JobService jobs;

    private final CurrentAccount current;

    JobOperatorController(JobService jobs, CurrentAccount current) {
        this.jobs = jobs;
        this.current = current;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Job create(@RequestBody JobDraft draft) {
        return jobs.create(draft);
    }

    /** Live jobs of a 4-digit region (盟市), by id, a page at a time. */
    @GetMapping
    List<Job> list(@RequestParam String region, @RequestParam(defaultValue = "0") int offset,
                   @RequestParam(defaultValue = "100") int limit) {
        if (region != null && region.matches("\\d{4}") && !current.get().map(who -> who.covers(region)).orElse(false)) {
            throw new ApiException(403, "outside-region", "Outside your region", "you may only list jobs of your own region");
        }
        return jobs.list(region, offset, limit);
    }

    @GetMapping("/{id}")
    Job get(@PathVariable long id) {
        Job job = jobs.get(id);
        if (!current.get().map(who -> who.covers(job.districtCode())).orElse(false)) {
            throw ApiException.notFound("unknown-job", "no job with this id");
        }
        return job;
    }

    @PutMapping("/{id}")
    Job replace(@PathVariable long id, @RequestBody JobDraft draft) {
        return jobs.replace(id, draft);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        jobs.delete(id);
    }
}
