package org.lingong.platform.server.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds the lockout: every wrong password (form or HTTP Basic) counts, a right one resets the count (best effort). */
@Component
class LoginOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(LoginOutcomes.class);

    private final AccountService accounts;

    LoginOutcomes(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        try {
            accounts.recordFailedLogin(event.getAuthentication().getName());
        } catch (DataAccessException | TransactionException e) {
            LOG.warn("could not count a failed login: the database is unavailable");
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            try {
                accounts.recordSuccessfulLogin(principal.getUsername());
            } catch (DataAccessException | TransactionException e) {
                LOG.warn("could not reset the failed-login count: the database is unavailable");
            }
        }
    }
}
