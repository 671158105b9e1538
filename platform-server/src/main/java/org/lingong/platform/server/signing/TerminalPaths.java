package org.lingong.platform.server.signing;

import jakarta.servlet.http.HttpServletRequest;

/** Which request paths belong to terminals and must be signed. */
public final class TerminalPaths {

    public boolean requiresSignature(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!path.startsWith("/api/v1/")) {
            return false;
        }
        return !path.startsWith("/api/v1/operator/") && !path.equals("/api/v1/enrollments")
                && !path.equals("/api/v1/referrals/verify");
    }
}
