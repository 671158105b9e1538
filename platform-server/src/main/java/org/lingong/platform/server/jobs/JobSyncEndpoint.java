package org.lingong.platform.server.jobs;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.regex.Pattern;
import org.lingong.platform.server.config.PlatformProperties;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.signing.NonceClaim;
import org.lingong.platform.server.signing.SignedEndpoint;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/jobs}, the delta sync, on the fast lane ({@code signing.TerminalFastLane}) and for
 * {@link JobSyncController}: the page after {@code since} in the terminal's region. The lane takes only requests whose
 * parameters are {@code since} and {@code limit}, each at most once and {@code limit} a plain number; anything else is
 * left to the controller and Spring MVC's conversion.
 */
@Component
class JobSyncEndpoint implements SignedEndpoint {

    static final String PATH = "/api/v1/jobs";
    static final String DEFAULT_SINCE = "0";
    static final int DEFAULT_LIMIT = 200;

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[0-9]{0,9}");

    private final SyncPages pages;
    private final int maxPageSize;

    JobSyncEndpoint(SyncPages pages, PlatformProperties properties) {
        this.pages = pages;
        this.maxPageSize = properties.limits().maxPageSize();
    }

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean takes(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!"since".equals(parameter.getKey()) && !"limit".equals(parameter.getKey())
                    || parameter.getValue().length != 1) {
                return false;
            }
        }
        String limit = request.getParameter("limit");
        return limit == null || PLAIN_NUMBER.matcher(limit).matches();
    }

    @Override
    public byte[] answer(NonceClaim nonce, HttpServletRequest request, byte[] body) {
        String since = request.getParameter("since");
        String limit = request.getParameter("limit");
        // an empty value means the default, as for Spring MVC's @RequestParam(defaultValue = …)
        return page(nonce, since == null || since.isEmpty() ? DEFAULT_SINCE : since,
                limit == null || limit.isEmpty() ? DEFAULT_LIMIT : Integer.parseInt(limit));
    }

    /**
     * The page as JSON ({@code JobSyncPage}); the nonce is spent unless the limit or cursor is invalid.
     *
     * @throws ApiException 400 if the limit or cursor is invalid
     */
    byte[] page(NonceClaim nonce, String since, int limit) {
        if (limit < 1 || limit > maxPageSize) {
            throw ApiException.badRequest("invalid-parameter", "limit must be between 1 and " + maxPageSize);
        }
        return pages.page(since, limit, nonce.terminal().regionCode(), nonce);
    }
}
