package org.lingong.platform.server.jobs;

import java.util.List;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobDraft;
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

    JobOperatorController(JobService jobs) {
        this.jobs = jobs;
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
        return jobs.list(region, offset, limit);
    }

    @GetMapping("/{id}")
    Job get(@PathVariable long id) {
        return jobs.get(id);
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
