package org.lingong.platform.server.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Where each role lands after signing in: operators on the fleet, staff on the console, employers on their jobs. */
@Component
class RoleHomes implements AuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
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
