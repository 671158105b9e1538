package org.lingong.platform.server.signing;

import jakarta.servlet.http.HttpServletRequest;

/** Which request paths belong to terminals and must be signed. */
public final class TerminalPaths {

    /** The API; only here is a request's signature checked (and its body read to do so). */
    public boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    public boolean requiresSignature(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!path.startsWith("/api/v1/")) {
            return false;
        }
        return !path.startsWith("/api/v1/operator/") && !path.equals("/api/v1/enrollments")
                && !path.equals("/api/v1/referrals/verify");
    }
}
