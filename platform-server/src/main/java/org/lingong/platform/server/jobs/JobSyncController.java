package org.lingong.platform.server.jobs;

import org.lingong.platform.server.config.PlatformProperties;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.signing.SignedRequestFilter;
import org.lingong.platform.server.terminals.Terminal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class JobSyncController {

    private final SyncPages pages;
    private final int maxPageSize;

    JobSyncController(SyncPages pages, PlatformProperties properties) {
        this.pages = pages;
        this.maxPageSize = properties.limits().maxPageSize();
    }

    /** Delta sync for the calling terminal's region (signed): a {@code JobSyncPage} in JSON. */
    @GetMapping("/api/v1/jobs")
    ResponseEntity<byte[]> sync(@RequestAttribute(SignedRequestFilter.TERMINAL_ATTRIBUTE) Terminal terminal,
                     @RequestParam(defaultValue = "0") String since, @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > maxPageSize) {
            throw ApiException.badRequest("invalid-parameter", "limit must be between 1 and " + maxPageSize);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(pages.page(since, limit, terminal.regionCode()));
    }
}
