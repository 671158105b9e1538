package org.lingong.platform.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/** Posts signed event batches as a kiosk does and reads the per-event results. */
public record EventPoster(PlatformClient client) {

    /** Posts the events as one batch; the batch itself must be answered 200. */
    public JsonNode post(TestTerminal terminal, Object... events) {
        HttpResult result = client.signed(terminal, "POST", "/api/v1/events:batch",
                PlatformClient.json(Fixtures.batch(events)));
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        return result.json();
    }

    /** The outcome of the only event of a one-event batch: ACCEPTED, DUPLICATE or the REJECTED problem's reason. */
    public String postOne(TestTerminal terminal, Object event) {
        JsonNode result = post(terminal, event).get("results").get(0);
        String outcome = result.get("outcome").asString();
        return outcome.equals("REJECTED") ? result.get("problem").get("reason").asString() : outcome;
    }

    /**
     * Valid, distinct fictional ID numbers: district {@code district}, born on successive days from 1 January of
     * {@code birthYear} (give each test class its own year, as classes may share a database).
     */
    public static final class IdNumbers {

        private final String district;
        private final int birthYear;
        private final AtomicInteger next = new AtomicInteger();

        public IdNumbers(String district, int birthYear) {
            this.district = district;
            this.birthYear = birthYear;
        }

        public String next() {
            LocalDate birth = LocalDate.of(birthYear, 1, 1).plusDays(next.getAndIncrement());
            return Fixtures.idNumber(district + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "123");
        }
    }
}
