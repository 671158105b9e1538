package org.lingong.platform.server.config;

import org.lingong.platform.api.problem.Problem;
import org.lingong.platform.server.crosssite.CrossSiteRequestFilter;
import org.lingong.platform.server.problem.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The slip check pages ({@code /v/<token>}: anyone may look, a signed-in employer, station staff or operator records
 * 到岗 and the outcome) and the figures ({@code /console/stats/**}: operators and station staff). Same session and
 * CSRF tokens as the console ({@link ConsoleSecurityConfig}): one login at {@code /login} serves both, and a page
 * that needed the login is shown again after it. Authorities are matched by name, so every account kind that grants
 * one of them is let in.
 */
@Configuration(proxyBeanMethods = false)
class SlipCheckAndStatsSecurityConfig {

    static final String ROLE_OPERATOR = "ROLE_" + SecurityConfig.OPERATOR;
    static final String ROLE_STATION_STAFF = "ROLE_STATION_STAFF";
    static final String ROLE_EMPLOYER = "ROLE_EMPLOYER";

    @Bean
    @Order(0) // before the console chain, whose /console/** would otherwise take /console/stats
    SecurityFilterChain slipCheckAndStatsChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.securityMatcher("/v/**", "/console/stats", "/console/stats/**")
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .accessDeniedHandler((request, response, denied) -> problems.write(response,
                                Problem.of(403, "forbidden", "Forbidden",
                                        "this account may not do this, or the form is stale; reload the page"))))
                .addFilterBefore(new CrossSiteRequestFilter(problems), CsrfFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/v/*").permitAll()
                        .requestMatchers("/v/**").hasAnyAuthority(ROLE_OPERATOR, ROLE_STATION_STAFF, ROLE_EMPLOYER)
                        .anyRequest().hasAnyAuthority(ROLE_OPERATOR, ROLE_STATION_STAFF));
        return http.build();
    }
}
