package org.lingong.platform.server.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Where a user lands after signing in: back on the page that sent them to the login (a slip check opened from its
 * QR code), else their role's home: operators on the fleet, staff on the console, employers on their jobs.
 */
@Component
class RoleHomes implements AuthenticationSuccessHandler {

    private final RequestCache savedPages = new HttpSessionRequestCache();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        SavedRequest saved = savedPages.getRequest(request, response);
        if (saved != null) {
            savedPages.removeRequest(request, response);
            response.sendRedirect(saved.getRedirectUrl());
            return;
        }
        String home = "/console";
        if (auth.getPrincipal() instanceof AccountPrincipal principal) {
            home = switch (principal.signedIn().role()) {
                case OPERATOR -> "/fleet";
                case STATION_STAFF -> "/console";
                case EMPLOYER -> "/employer/jobs";
            };
        }
        response.sendRedirect(request.getContextPath() + home);
    }
}
