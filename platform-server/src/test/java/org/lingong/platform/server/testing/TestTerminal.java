package org.lingong.platform.server.testing;

import java.security.KeyPair;
import org.lingong.platform.api.signing.RequestSigner;

/** An enrolled test terminal: its id, keys and a signer. */
public record TestTerminal(String id, KeyPair keys, RequestSigner signer) {
}
