package org.lingong.platform.server.ops;

import org.lingong.platform.api.problem.Problem;
import org.lingong.platform.server.problem.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may read {@code /actuator/**}: the health endpoints (overall, liveness, readiness) anyone, for probes and
 * load balancers, with details (which component is down) only for operators ({@code management.endpoint.health.*}
 * in application.yml); the Prometheus scrape only with operator credentials (HTTP Basic), wherever it comes from:
 * behind a reverse proxy on the same host every caller would look like loopback. Any other actuator path is denied.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfig {

    /** The operator role of {@code config.SecurityConfig}. */
    static final String OPERATOR_ROLE = "OPERATOR";

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"lingong-operator\"");
            problems.write(response, Problem.of(401, "operator-credentials-required", "Authentication required",
                    "operator credentials (HTTP Basic) are required"));
        };
        http.securityMatcher("/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler((request, response,
                        denied) -> problems.write(response, Problem.of(403, "forbidden", "Forbidden",
                        "this actuator endpoint is not open"))))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(OPERATOR_ROLE)
                        .anyRequest().denyAll());
        return http.build();
    }
}
