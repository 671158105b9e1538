package org.lingong.kiosk.scan;

import java.util.Optional;

import org.lingong.platform.client.referral.OfflineVerdict;

/**
 * Port: checks a referral slip token offline, as the backend client's {@code ReferralVerifier.verifyOffline} does;
 * empty when this kiosk cannot check slips (not enrolled yet, or running without the platform). Blocking, thread-safe:
 * called through the {@code TaskExecutor}.
 */
@FunctionalInterface
public interface SlipChecker {

    Optional<OfflineVerdict> check(String token);
}
