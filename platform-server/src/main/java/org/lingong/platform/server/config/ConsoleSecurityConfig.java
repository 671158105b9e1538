package org.lingong.platform.server.config;

import org.lingong.platform.api.problem.Problem;
import org.lingong.platform.server.crosssite.CrossSiteRequestFilter;
import org.lingong.platform.server.problem.ProblemResponses;
import org.lingong.platform.server.throttle.GuessThrottles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The operator console in a browser ({@code /fleet} and its forms): a login form, a session (cookie
 * {@code SameSite=Strict}, see {@code application.yml}) and a CSRF token in every form, so that only the console's
 * own pages can post to it; cross-site posts are refused before that, and login tries are throttled before the
 * password is hashed. Scripts use the stateless API with HTTP Basic instead.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfig {

    static final String[] CONSOLE_PATHS = {"/fleet", "/fleet/**", "/login", "/logout"};

    @Bean
    @Order(1)
    SecurityFilterChain consoleChain(HttpSecurity http, ProblemResponses problems, GuessThrottles throttles)
            throws Exception {
        http.securityMatcher(CONSOLE_PATHS)
                .formLogin(form -> form.defaultSuccessUrl("/fleet")) // back to a saved page (a slip check), else /fleet
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> problems.write(response,
                        Problem.of(403, "invalid-csrf-token", "Forbidden",
                                "this form is stale or was not sent by the console; reload the page"))))
                .addFilterBefore(new CrossSiteRequestFilter(problems), CsrfFilter.class)
                .addFilterBefore(throttles.formLogins(), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/login").permitAll()
                        .anyRequest().hasRole(SecurityConfig.OPERATOR));
        return http.build();
    }
}
