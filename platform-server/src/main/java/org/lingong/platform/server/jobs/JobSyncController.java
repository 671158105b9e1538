package org.lingong.platform.server.jobs;

import org.lingong.platform.server.signing.NonceClaim;
import org.lingong.platform.server.signing.SignedRequestFilter;
import org.lingong.platform.server.terminals.Terminal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The delta sync through Spring MVC, for requests the fast lane leaves to the full stack ({@link JobSyncEndpoint}). */
@RestController
class JobSyncController {

    private final JobSyncEndpoint endpoint;

    JobSyncController(JobSyncEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Delta sync for the calling terminal's region (signed): a {@code JobSyncPage} in JSON. */
    @GetMapping(JobSyncEndpoint.PATH)
    ResponseEntity<byte[]> sync(@RequestAttribute(SignedRequestFilter.TERMINAL_ATTRIBUTE) Terminal terminal,
                                @RequestParam(defaultValue = JobSyncEndpoint.DEFAULT_SINCE) String since,
                                @RequestParam(defaultValue = "" + JobSyncEndpoint.DEFAULT_LIMIT) int limit) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(endpoint.page(NonceClaim.spentBy(terminal), since, limit));
    }
}
