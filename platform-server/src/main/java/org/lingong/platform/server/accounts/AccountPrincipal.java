package org.lingong.platform.server.accounts;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The Spring Security principal of an account; carries the scope ({@link SignedIn}) with it. */
final class AccountPrincipal extends User {

    private final transient SignedIn signedIn;

    AccountPrincipal(Account account, boolean locked) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, !locked,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
        this.signedIn = new SignedIn(account.username(), account.displayName(), account.role(), account.regionCode(),
                account.stationCode(), account.employerId());
    }

    SignedIn signedIn() {
        return signedIn;
    }
}
