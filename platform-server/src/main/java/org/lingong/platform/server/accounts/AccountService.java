package org.lingong.platform.server.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lingong.platform.server.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: who may sign in (for the console form and HTTP Basic alike), with lockout after
 * {@code platform.accounts.lockout-after} (default 5) wrong passwords in a row for {@code platform.accounts.lock-time}
 * (default 15 minutes). The per-client throttle ({@code throttle.GuessThrottles}) comes first; the lockout protects one
 * account against guesses from many addresses.
 */
@Service
public class AccountService implements UserDetailsService {


    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailures;
    /** The configured first operator, for sign-in while the database is down (set at start). */
    private volatile Account firstOperator;
    private final Duration lockTime;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit, Clock clock,
                   @Value("${platform.accounts.lockout-after:5}") int maxFailures,
                   @Value("${platform.accounts.lock-time:PT15M}") Duration lockTime) {
        this.maxFailures = maxFailures;
        this.lockTime = lockTime;
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The account from the database. While the database cannot be reached, the first operator (from configuration) can
     * still sign in, so that operations can see which component is down; everyone else waits for the database.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        try {
            Account account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
            return new AccountPrincipal(account, account.lockedAt(clock.instant()));
        } catch (DataAccessException e) {
            Account fallback = firstOperator;
            if (fallback != null && fallback.username().equals(username)) {
                return new AccountPrincipal(fallback, false);
            }
            throw e;
        }
    }

    public boolean exists(String username) {
        return accounts.find(username).isPresent();
    }

    /** Creates an account; {@code actor} is who did it (for the audit log). The password is hashed here. */
    @Transactional
    public void create(String actor, NewAccount account) {
        accounts.insert(new Account(account.username(), encoder.encode(account.password()), account.role(),
                account.displayName(), account.regionCode(), account.stationCode(), account.employerId(), 0, null, true,
                clock.instant()));
        audit.record(actor, "account.create", "account:" + account.username(),
                account.role().label() + " " + account.displayName() + scope(account), account.auditRegion());
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lockTime() {
        return lockTime;
    }

    /** Counts a failed password; the account locks at the {@link #maxFailures()}th in a row. */
    @Transactional
    public void recordFailedLogin(String username) {
        Optional<Account> account = accounts.find(username);
        if (account.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        int failures = accounts.recordFailure(username, maxFailures, now.plus(lockTime));
        if (failures >= maxFailures) {
            audit.record("system", "account.lock", "account:" + username,
                    maxFailures + " 次密码错误，锁定 " + lockTime.toMinutes() + " 分钟", regionOf(account.get()));
        }
    }

    @Transactional
    public void recordSuccessfulLogin(String username) {
        accounts.recordSuccess(username);
    }

    @Transactional
    public void unlock(String actor, String username) {
        accounts.find(username).ifPresent(account -> {
            accounts.unlock(username);
            audit.record(actor, "account.unlock", "account:" + username, "解除锁定", regionOf(account));
        });
    }

    /**
     * Changes the signed-in person's own password: the current one must match (a wrong one counts as a failed login,
     * so the form is no way around the lockout), the new one follows {@link PasswordPolicy}, twice the same and not
     * the current one. Lockout state is left as it is. Audited, never with a password.
     *
     * @return the messages by field ({@code current}, {@code password}, {@code password2}); empty when changed
     */
    @Transactional
    public java.util.Map<String, String> changePassword(String username, String current, String password, String repeated) {
        Account account = accounts.find(username).orElseThrow(() -> new IllegalStateException("no account " + username));
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (current == null || current.isEmpty() || current.length() > PasswordPolicy.MAX
                || !encoder.matches(current, account.passwordHash())) {
            errors.put("current", "当前密码不对");
            recordFailedLogin(username);
            return errors;
        }
        errors.putAll(PasswordPolicy.check(account.role(), password, repeated));
        if (errors.isEmpty() && password.equals(current)) {
            errors.put("password", "新密码不能与当前密码相同");
        }
        if (errors.isEmpty()) {
            accounts.updatePassword(username, encoder.encode(password));
            audit.record(username, "account.password", "account:" + username, "本人修改密码", auditRegion(account));
        }
        return errors;
    }

    /** Operators and station staff an operator of {@code regionPrefix} may see. */
    public List<Account> staffUnder(String regionPrefix) {
        return accounts.staffUnder(regionPrefix);
    }

    /** Whether the account is locked now (too many wrong passwords). */
    public boolean isLocked(Account account) {
        return account.lockedAt(clock.instant());
    }

    public Optional<Account> find(String username) {
        return accounts.find(username);
    }

    /** Sets up or refreshes the first operator from configuration: its password is whatever the configuration says. */
    @Transactional
    public void ensureOperator(String username, String password, String regionCode) {
        firstOperator = new Account(username, encoder.encode(password), Role.OPERATOR, "首位经办人员", regionCode, null, null,
                0, null, true, clock.instant());
        Optional<Account> existing = accounts.find(username);
        if (existing.isEmpty()) {
            create("system", new NewAccount(username, password, Role.OPERATOR, "首位经办人员", regionCode, null, null));
        } else if (!encoder.matches(password, existing.get().passwordHash())) {
            accounts.updatePassword(username, encoder.encode(password));
            audit.record("system", "account.password", "account:" + username, "密码按配置更新", regionCode);
        }
    }

    private static String scope(NewAccount account) {
        if (account.regionCode() != null) {
            return " 辖区 " + account.regionCode();
        }
        return account.stationCode() != null ? " 驿站 " + account.stationCode() : "";
    }

    private static String regionOf(Account account) {
        return account.regionCode();
    }

    /** Where an account's changes show in the audit log: its region, or its station's district. */
    private String auditRegion(Account account) {
        if (account.regionCode() != null) {
            return account.regionCode();
        }
        return account.stationCode() == null ? null : accounts.stationDistrict(account.stationCode()).orElse(null);
    }
}
