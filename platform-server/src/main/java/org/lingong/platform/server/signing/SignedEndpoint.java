package org.lingong.platform.server.signing;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A terminal endpoint so frequent that {@link TerminalFastLane} answers it without Spring Security's and Spring MVC's
 * dispatch (issue 13 load goal). The same endpoint stays a controller too: requests of an unusual shape (other
 * media types, extra parameters, a browser's headers …) take the full stack and get its answers.
 */
public interface SignedEndpoint {

    /** The HTTP method, e.g. {@code POST}. */
    String method();

    /** The exact request path, also the {@code uri} tag of {@code http.server.requests}. */
    String path();

    /**
     * Whether the request has the plain shape this endpoint answers exactly as its controller would (the parameters
     * it knows, each once and well-formed; a JSON body). Decided before the signature is checked: a request not taken
     * goes through the full stack, whose signature filter checks it once.
     */
    boolean takes(HttpServletRequest request);

    /**
     * The 200 answer's JSON for a request whose signature has been verified. The endpoint spends the request's nonce
     * ({@link NonceClaim}) before it changes anything; a replayed nonce is the claim's 401 refusal. It may refuse a
     * request that changes nothing (invalid body or parameters) before spending it.
     *
     * @throws SignatureCheck.SignatureRefusal when the nonce was used before
     * @throws org.lingong.platform.server.problem.ApiException to refuse it (a problem answer, as from the controller)
     * @throws tools.jackson.core.JacksonException when the body cannot be read (a problem answer, as from Spring MVC)
     */
    byte[] answer(NonceClaim claim, HttpServletRequest request, byte[] body);
}
