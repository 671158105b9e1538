package org.lingong.platform.api.bench;

import java.security.KeyPair;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.api.token.ReferralToken;
import org.lingong.platform.api.token.ReferralTokenCodec;
import org.lingong.platform.api.token.SignedReferralToken;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Referral tokens ({@code LG1.…}, Ed25519 with the JDK provider): issuing one (payload + signature + base64) as a
 * kiosk does at 我要报名, and checking one (decode + signature check) as the platform and a scanning kiosk do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReferralTokenBenchmark {

    private KeyPair keys;
    private ReferralToken claims;
    private String token;

    @Setup
    public void setUp() {
        keys = Ed25519Keys.generate();
        Instant issued = Instant.parse("2026-12-05T02:00:00Z");
        claims = new ReferralToken(UUID.fromString("0b7e52c4-3c6f-4f0e-9a43-2f4f3f8f9d11"), "ST-150102-001", 4711L, issued,
                issued.plusSeconds(7 * 86_400));
        token = ReferralTokenCodec.encode(claims, keys.getPrivate());
    }

    @Benchmark
    public String sign() {
        return ReferralTokenCodec.encode(claims, keys.getPrivate());
    }

    @Benchmark
    public boolean verify() {
        SignedReferralToken decoded = ReferralTokenCodec.decode(token);
        return decoded.isSignedBy(keys.getPublic());
    }
}
