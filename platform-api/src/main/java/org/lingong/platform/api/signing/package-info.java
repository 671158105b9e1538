/**
 * Request signatures: the canonical form a terminal signs, a signer for the client and a
 * verifier for the server. Pure JDK (Ed25519 from {@code java.security}).
 */
package org.lingong.platform.api.signing;
