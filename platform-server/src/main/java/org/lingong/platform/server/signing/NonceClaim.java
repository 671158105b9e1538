package org.lingong.platform.server.signing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.lingong.platform.api.problem.Problem;
import org.lingong.platform.server.support.DbTime;
import org.lingong.platform.server.terminals.Terminal;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request whose signature verified, with its nonce not yet recorded: the handler must spend the nonce exactly once,
 * before it changes anything and before it answers. Either on its own ({@link #spend()}, one {@code INSERT}) or, on
 * PostgreSQL, inside the handler's own first statement ({@link #spendWithin}), which saves a round trip and a commit
 * per request. A nonce already recorded (by any instance sharing the database)
 * refuses the request with 401 {@code replayed-nonce}, exactly as {@link SignedRequestFilter} does. Not thread-safe:
 * one request's.
 */
public final class NonceClaim {

    private final Terminal terminal;
    private final NonceStore store;
    private final String nonce;
    private final Instant rememberUntil;
    private boolean spent;

    NonceClaim(Terminal terminal, NonceStore store, String nonce, Instant rememberUntil) {
        this.terminal = terminal;
        this.store = store;
        this.nonce = nonce;
        this.rememberUntil = rememberUntil;
    }

    /** For a request whose nonce was already spent (by {@link SignedRequestFilter}): nothing left to record. */
    public static NonceClaim spentBy(Terminal terminal) {
        NonceClaim claim = new NonceClaim(terminal, null, null, null);
        claim.spent = true;
        return claim;
    }

    /** The terminal whose signature verified. */
    public Terminal terminal() {
        return terminal;
    }

    /** Records the nonce on its own, unless it is spent already. @throws SignatureCheck.SignatureRefusal replayed */
    public void spend() {
        if (!spent) {
            settle(store.firstUse(terminal.id(), nonce, rememberUntil));
        }
    }

    /**
     * Spends the nonce inside the caller's query and returns the query's one row; where that cannot be done (not
     * PostgreSQL, or the nonce already spent) spends it on its own first and returns {@code otherwise}'s answer.
     * <p>
     * The statement run is {@code WITH nonce AS (INSERT … RETURNING 1)} followed by {@code query}: further {@code WITH}
     * items (starting with {@code ", "}) if any, then a {@code SELECT} of one row with a boolean column {@code fresh}
     * that is {@code EXISTS (SELECT 1 FROM nonce)}. {@code nonce} has a row only if the nonce was new (and is now
     * recorded), so every change the query makes must be guarded with {@code EXISTS (SELECT 1 FROM nonce)}.
     * {@code parameters} are the query's own, after the nonce's.
     *
     * @throws SignatureCheck.SignatureRefusal if the nonce was used before ({@code row} is then not called)
     */
    public <T> T spendWithin(JdbcClient jdbc, String query, List<?> parameters, RowMapper<T> row,
                             Supplier<T> otherwise) {
        if (spent || !store.combinable()) {
            spend();
            return otherwise.get();
        }
        List<Object> all = new ArrayList<>(3 + parameters.size());
        all.add(terminal.id());
        all.add(nonce);
        all.add(DbTime.param(rememberUntil));
        all.addAll(parameters);
        return jdbc.sql("WITH " + NonceStore.WITH_ITEM + query).params(all).query((rs, i) -> {
            settle(rs.getBoolean("fresh"));
            return row.mapRow(rs, i);
        }).single();
    }

    private void settle(boolean fresh) {
        spent = true;
        if (!fresh) {
            throw new SignatureCheck.SignatureRefusal(Problem.of(401, "replayed-nonce", "Request not authenticated",
                    "this nonce was already used by the terminal"));
        }
    }

    /** Whether the nonce has been recorded (or found replayed). */
    public boolean isSpent() {
        return spent;
    }
}
