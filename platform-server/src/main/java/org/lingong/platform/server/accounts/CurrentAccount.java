package org.lingong.platform.server.accounts;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The account signed in on the current request (console session or HTTP Basic), with its region, station or
 * employer. The one place pages and services read "who is this and what may they see".
 */
@Component
public class CurrentAccount {

    /** The signed-in account, empty for anonymous requests and terminals. */
    public Optional<SignedIn> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.signedIn());
        }
        return Optional.empty();
    }

    /** The signed-in account; the security rules guarantee one on every console page. */
    public SignedIn require() {
        return get().orElseThrow(() -> new IllegalStateException("no account is signed in on this request"));
    }
}
