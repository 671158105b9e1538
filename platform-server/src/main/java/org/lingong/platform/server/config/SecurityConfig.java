package org.lingong.platform.server.config;

import java.time.Clock;
import java.util.List;
import org.lingong.platform.api.problem.Problem;
import org.lingong.platform.server.crosssite.CrossSiteRequestFilter;
import org.lingong.platform.server.problem.ProblemResponses;
import org.lingong.platform.server.signing.BodyLimitFilter;
import org.lingong.platform.server.signing.NonceStore;
import org.lingong.platform.server.signing.SignatureCheck;
import org.lingong.platform.server.signing.SignedEndpoint;
import org.lingong.platform.server.signing.SignedRequestFilter;
import org.lingong.platform.server.signing.TerminalAuthentication;
import org.lingong.platform.server.signing.TerminalFastLane;
import org.lingong.platform.server.signing.TerminalPaths;
import org.lingong.platform.server.terminals.TerminalDirectory;
import org.lingong.platform.server.throttle.GuessThrottles;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Who may call what: terminals by request signature, operators by HTTP Basic (accounts from {@code accounts.AccountService}, the one UserDetailsService), enrollment by anyone
 * with a valid code. Stateless; every refusal is problem+json. Cross-site browser requests that change
 * something are refused first, and password and enrollment-code tries are throttled before they are checked.
 * The operator console's pages have their own chain ({@link ConsoleSecurityConfig}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String OPERATOR = "OPERATOR";
    /** After the request id (first) and Micrometer's request observation (second), long before Spring Security. */
    private static final int BODY_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, SignedRequestFilter signedRequestFilter,
                                    ProblemResponses problems, GuessThrottles throttles) throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"lingong-operator\"");
            problems.write(response, Problem.of(401, "operator-credentials-required", "Authentication required",
                    "operator credentials (HTTP Basic) are required"));
        };
        AccessDeniedHandler denied = (request, response, e) -> problems.write(response,
                Problem.of(403, "forbidden", "Forbidden", "this caller may not use this endpoint"));
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .addFilterBefore(new CrossSiteRequestFilter(problems), CsrfFilter.class)
                .addFilterBefore(throttles.enrollments(), CsrfFilter.class)
                .addFilterBefore(signedRequestFilter, BasicAuthenticationFilter.class)
                .addFilterBefore(throttles.basicLogins(), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/enrollments", "/openapi.yaml", "/error").permitAll()
                        .requestMatchers("/api/v1/operator/**", "/fleet").hasRole(OPERATOR)
                        .requestMatchers("/api/v1/referrals/verify").hasAnyRole(OPERATOR, TerminalAuthentication.ROLE)
                        .requestMatchers("/api/**").hasRole(TerminalAuthentication.ROLE)
                        .anyRequest().permitAll());
        return http.build();
    }

    @Bean
    SignatureCheck signatureCheck(TerminalDirectory terminals, NonceStore nonces, Clock clock,
                                  PlatformProperties properties) {
        return new SignatureCheck(terminals, nonces, clock, properties.signing().clockSkew());
    }

    @Bean
    SignedRequestFilter signedRequestFilter(SignatureCheck check, ProblemResponses problems) {
        return new SignedRequestFilter(check, problems, new TerminalPaths());
    }

    /**
     * The heartbeat and the delta sync answered before Spring Security's chain and Spring MVC, right after the body
     * is read: same signature check, headers and answers ({@link TerminalFastLane}).
     */
    @Bean
    FilterRegistrationBean<TerminalFastLane> terminalFastLane(List<SignedEndpoint> endpoints, SignatureCheck check,
                                                              ProblemResponses problems) {
        TerminalFastLane lane = new TerminalFastLane(endpoints, check, problems);
        FilterRegistrationBean<TerminalFastLane> registration = new FilterRegistrationBean<>(lane);
        registration.addUrlPatterns(lane.paths());
        registration.setOrder(BODY_LIMIT_ORDER + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SignedRequestFilter> signedRequestFilterNotAsServletFilter(SignedRequestFilter filter) {
        FilterRegistrationBean<SignedRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(PlatformProperties properties, ProblemResponses problems) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(
                new BodyLimitFilter(properties.limits().maxBodyBytes(), problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(BODY_LIMIT_ORDER);
        return registration;
    }

    /**
     * No Micrometer observation around every security filter: wrapping each filter of the chain took about a tenth of
     * a signed request's server CPU (issue 13 load benchmark), and nothing scrapes those spans or timers. The request
     * as a whole is still timed ({@code http_server_requests}).
     */
    @Bean
    SecurityObservationSettings noSecurityFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
