package org.lingong.platform.server.signing;

import java.time.Instant;
import java.util.List;
import org.lingong.platform.api.problem.Problem;
import org.lingong.platform.server.support.DbTime;
import org.lingong.platform.server.terminals.Terminal;

/**
 * A request whose signature verified, with its nonce not yet recorded: the handler must spend the nonce exactly once,
 * before it changes anything and before it answers. Either on its own ({@link #spend()}, one {@code INSERT}) or, on
 * PostgreSQL, inside the handler's own first statement ({@link #combinable()}, {@link #withItem()}, {@link #settle}),
 * which saves a round trip and a commit per request. A nonce already recorded (by any instance sharing the database)
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
     * Whether the nonce is still to be recorded and can be, inside the caller's statement: then the statement starts
     * {@code WITH } {@link #withItem()} (parameters {@link #parameters()} first), guards every change it makes with
     * {@code EXISTS (SELECT 1 FROM nonce)}, returns that as a column, and the caller passes it to {@link #settle}.
     */
    public boolean combinable() {
        return !spent && store.combinable();
    }

    /** The {@code WITH} item {@code nonce}: one row if the nonce was new (now recorded), none if it was known. */
    public String withItem() {
        return NonceStore.WITH_ITEM;
    }

    /** The parameters of {@link #withItem()}, in order. */
    public List<Object> parameters() {
        return List.of(terminal.id(), nonce, DbTime.param(rememberUntil));
    }

    /** After the combined statement: {@code fresh} is its {@code EXISTS (SELECT 1 FROM nonce)}. @throws SignatureCheck.SignatureRefusal */
    public void settle(boolean fresh) {
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
