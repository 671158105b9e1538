package org.lingong.platform.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.event;
import static org.lingong.platform.server.testing.Fixtures.worker;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.token.ReferralToken;
import org.lingong.platform.api.token.ReferralTokenCodec;

/** Referral slips as a kiosk issues them: a job, a registered worker, a signed token reported in REFERRAL_ISSUED. */
public final class IssuedSlips {

    private final PlatformClient client;
    private final EventPoster events;
    private final EventPoster.IdNumbers idNumbers;

    public IssuedSlips(PlatformClient client, EventPoster.IdNumbers idNumbers) {
        this.client = client;
        this.events = new EventPoster(client);
        this.idNumbers = idNumbers;
    }

    /** A job in {@code districtCode}; its id. */
    public long job(String title, String districtCode) {
        return client.operator("POST", "/api/v1/operator/jobs", PlatformClient.json(Fixtures.job(title, districtCode)))
                .json().get("id").asLong();
    }

    /** Registers a worker named {@code name} at the terminal and reports a slip for {@code jobId}; the token. */
    public String issue(TestTerminal terminal, long jobId, String name, EmploymentStatus status, Instant issuedAt,
                        Instant expiresAt) {
        String ref = "w-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(events.postOne(terminal, event("WORKER_REGISTERED", ref, worker(idNumbers.next(), name, status))))
                .isEqualTo("ACCEPTED");
        String token = ReferralTokenCodec.encode(new ReferralToken(UUID.randomUUID(), terminal.id(), jobId,
                issuedAt.truncatedTo(ChronoUnit.SECONDS), expiresAt.truncatedTo(ChronoUnit.SECONDS)), terminal.keys().getPrivate());
        assertThat(events.postOne(terminal, event("REFERRAL_ISSUED", ref, Map.of("token", token)))).isEqualTo("ACCEPTED");
        return token;
    }
}
