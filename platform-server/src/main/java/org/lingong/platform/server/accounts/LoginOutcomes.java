package org.lingong.platform.server.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds the lockout: every wrong password (form or HTTP Basic) counts, a right one resets the count. */
@Component
class LoginOutcomes {

    private final AccountService accounts;

    LoginOutcomes(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedLogin(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.recordSuccessfulLogin(principal.getUsername());
        }
    }
}
