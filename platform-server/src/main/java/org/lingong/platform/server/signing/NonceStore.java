package org.lingong.platform.server.signing;

import static org.lingong.platform.server.support.DbTime.param;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Remembers each terminal's nonces until their request could no longer pass the timestamp check.
 * Backed by a table with a unique key, so several instances sharing one database refuse a replay
 * on any of them. Expired nonces are purged periodically.
 */
@Component
public class NonceStore {

    private static final Logger log = LoggerFactory.getLogger(NonceStore.class);

    /** The WITH-list item {@code nonce} of {@link NonceClaim#spendWithin}: a row only if the nonce was not known yet. */
    static final String WITH_ITEM = "nonce AS (INSERT INTO request_nonce (terminal_id, nonce, expires_at) VALUES (?, ?, ?)"
            + " ON CONFLICT DO NOTHING RETURNING 1)";

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Whether the database is PostgreSQL (data-modifying WITH); found out at the first use, not at start-up. */
    private volatile Boolean postgres;

    public NonceStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the nonce; false if the terminal has used it before (and it is still remembered).
     *
     * @param rememberUntil when the nonce may be forgotten: the request's timestamp plus the allowed skew
     */
    public boolean firstUse(String terminalId, String nonce, Instant rememberUntil) {
        try {
            jdbc.sql("INSERT INTO request_nonce (terminal_id, nonce, expires_at) VALUES (?, ?, ?)")
                    .params(terminalId, nonce, param(rememberUntil)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Whether a nonce can be recorded inside another statement ({@link NonceClaim#spendWithin}): on PostgreSQL, whose
     * {@code WITH} may insert; H2 cannot, so there each nonce is its own {@code INSERT}.
     */
    boolean combinable() {
        Boolean known = postgres;
        if (known == null) {
            ResultSetExtractor<String> product = rs -> rs.getStatement().getConnection().getMetaData()
                    .getDatabaseProductName();
            known = "PostgreSQL".equals(jdbc.sql("SELECT 1").query(product));
            postgres = known;
        }
        return known;
    }

    @Scheduled(fixedDelayString = "${platform.signing.nonce-purge-interval}")
    public void purgeExpired() {
        int purged = jdbc.sql("DELETE FROM request_nonce WHERE expires_at < ?").param(param(clock.instant())).update();
        if (purged > 0) {
            log.debug("Purged {} expired nonces", purged);
        }
    }
}
