/** The referral slip token: compact, versioned, Ed25519-signed by the issuing terminal. Pure functions over bytes. */
package org.lingong.platform.api.token;
