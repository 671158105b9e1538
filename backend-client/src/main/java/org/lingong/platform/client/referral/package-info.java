/**
 * Referral slip tokens: issued with the terminal key, verified offline (own tokens) or online (any token).
 */
package org.lingong.platform.client.referral;
