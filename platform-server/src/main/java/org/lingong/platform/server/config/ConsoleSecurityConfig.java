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
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The web pages people sign in to: the operator console ({@code /fleet}, {@code /console/**}), employers'
 * pages ({@code /employer/**}) and the slip check page ({@code /v/**}, open to anyone; it reads the signed-in
 * account if there is one). A login form ({@code /login}, accounts from {@code accounts.AccountService}), a session
 * (cookie {@code SameSite=Strict}, timeout in {@code application.yml}) and a CSRF token in every form, so that only
 * the platform's own pages can post to it; cross-site posts are refused before that, and login tries are throttled
 * before the password is hashed. Scripts use the stateless API with HTTP Basic instead.
 *
 * <p>Roles: operators everywhere under {@code /console} (each sees only their region), station staff on the console
 * home and {@code /console/stats/**}, employers under {@code /employer}; everyone signed in changes their own
 * password at {@code /account/password}.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfig {

    static final String STATION_STAFF = "STATION_STAFF";
    static final String EMPLOYER = "EMPLOYER";

    static final String[] CONSOLE_PATHS = {"/fleet", "/fleet/**", "/login", "/logout", "/console", "/console/**",
        "/employer", "/employer/**", "/account/**"};

    @Bean
    @Order(1)
    SecurityFilterChain consoleChain(HttpSecurity http, ProblemResponses problems, GuessThrottles throttles,
                                     AuthenticationSuccessHandler roleHomes) throws Exception {
        http.securityMatcher(CONSOLE_PATHS)
                .formLogin(form -> form.loginPage("/login").successHandler(roleHomes).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
                    if (denied instanceof CsrfException) {
                        problems.write(response, Problem.of(403, "invalid-csrf-token", "Forbidden",
                                "this form is stale or was not sent by the console; reload the page"));
                    } else {
                        problems.write(response, Problem.of(403, "forbidden", "Forbidden",
                                "your account may not open this page"));
                    }
                }))
                .addFilterBefore(new CrossSiteRequestFilter(problems), CsrfFilter.class)
                .addFilterBefore(throttles.formLogins(), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/employer/register").permitAll()
                        .requestMatchers("/employer", "/employer/**").hasRole(EMPLOYER)
                        .requestMatchers("/account/**").hasAnyRole(SecurityConfig.OPERATOR, STATION_STAFF, EMPLOYER)
                        .requestMatchers("/console", "/console/stats/**", "/console/calls", "/console/calls/**", "/console/calendars/**").hasAnyRole(SecurityConfig.OPERATOR, STATION_STAFF)
                        .anyRequest().hasRole(SecurityConfig.OPERATOR));
        return http.build();
    }
}
