package org.lingong.platform.api.referrals;

/** The token text read from a slip's QR code ({@code LG1.…}). */
public record VerifyRequest(String token) {
}
