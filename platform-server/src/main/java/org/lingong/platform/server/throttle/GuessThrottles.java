package org.lingong.platform.server.throttle;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Predicate;
import org.lingong.platform.server.problem.ProblemResponses;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The two guessable secrets and their gates: operator passwords (HTTP Basic on the API, the console's login form)
 * and enrollment codes. Filters are made per security chain; the gates behind them are shared.
 */
@Component
public class GuessThrottles {

    static final String ENROLLMENT_PATH = "/api/v1/enrollments";
    static final String LOGIN_PATH = "/login";

    private final GuessGate logins;
    private final GuessGate enrollments;
    private final String operatorName;
    private final ProblemResponses problems;

    GuessThrottles(ThrottleProperties properties, @Value("${platform.operator.username}") String operatorName,
            ProblemResponses problems) {
        this.logins = new GuessGate(properties.login(), properties.loginAllClients(), properties.concurrentPasswordChecks());
        this.enrollments = new GuessGate(properties.enrollment(), null, 0);
        this.operatorName = operatorName; // the key, not PlatformProperties: config builds the chains with these filters
        this.problems = problems;
    }

    /** Throttles every API request that carries an operator password (HTTP Basic), before it is hashed. */
    public GuessThrottleFilter basicLogins() {
        return logins(request -> basicCredentials(request) != null);
    }

    /** Throttles the console's login form, before the password is hashed. */
    public GuessThrottleFilter formLogins() {
        return logins(request -> "POST".equals(request.getMethod()) && LOGIN_PATH.equals(request.getRequestURI()));
    }

    private GuessThrottleFilter logins(Predicate<HttpServletRequest> triesPassword) {
        return new GuessThrottleFilter("Operator login", triesPassword, logins,
                (request, response) -> isOperator(SecurityContextHolder.getContext().getAuthentication()),
                this::describeLogin, problems);
    }

    /** Throttles enrollment; only refused enrollments count. */
    public GuessThrottleFilter enrollments() {
        return new GuessThrottleFilter("Enrollment", request -> "POST".equals(request.getMethod())
                && ENROLLMENT_PATH.equals(request.getRequestURI()), enrollments,
                (request, response) -> response.getStatus() == 201, request -> "code not logged", problems);
    }

    private static boolean isOperator(Authentication authentication) {
        return authentication instanceof UsernamePasswordAuthenticationToken && authentication.isAuthenticated();
    }

    /** Says whether the operator's name was used, never the name typed (it may be a mistyped password). */
    private String describeLogin(HttpServletRequest request) {
        String credentials = basicCredentials(request);
        String user = credentials != null ? credentials.substring(0, Math.max(0, credentials.indexOf(':')))
                : request.getParameter("username");
        return operatorName.equals(user) ? "user '" + operatorName + "', password not logged"
                : "an unknown user name, not logged";
    }

    private static String basicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
