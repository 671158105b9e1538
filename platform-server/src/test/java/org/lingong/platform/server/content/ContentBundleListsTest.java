package org.lingong.platform.server.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.content.ContactPolicy;
import org.lingong.platform.server.seed.JobCategories;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ContentBundleListsTest extends PlatformHttpTest {

    @Autowired
    ContentRepository content;

    @Test
    void theBundleCarriesTheOneListOfWorkTypesJobsAreMadeFromWithSeasonalPastoralWork() {
        TestTerminal terminal = client.enroll(HOHHOT.code());

        JsonNode bundle = client.signed(terminal, "GET", "/api/v1/content", null).json();

        List<JsonNode> categories = bundle.get("workCategories").valueStream().toList();
        assertThat(categories.stream().map(c -> c.get("name").asString()))
                .containsExactlyElementsOf(JobCategories.standard().all().stream().map(c -> c.name()).toList())
                .contains("剪羊毛", "挤奶工", "放牧/羊倌");
        JsonNode shearing = categories.stream().filter(c -> c.get("code").asString().equals("G601")).findFirst()
                .orElseThrow();
        assertThat(shearing.get("seasonal").asBoolean()).isTrue();
        assertThat(shearing.get("group").asString()).isEqualTo("PASTORAL");
        assertThat(shearing.get("englishName").asString()).isEqualTo("Sheep shearing");
        assertThat(categories).allSatisfy(c -> assertThat(c.get("englishName").asString()).isNotBlank());
    }

    @Test
    void contactPolicyIsOpenUnlessTheRegionIsGatedAndAChangeRaisesTheContentVersion() {
        content.setContactPolicy(HOHHOT.regionCode(), ContactPolicy.OPEN); // the context, and its data, outlive a test
        content.setContactPolicy(BAOTOU.regionCode(), ContactPolicy.OPEN);
        TestTerminal hohhot = client.enroll(HOHHOT.code());
        TestTerminal baotou = client.enroll(BAOTOU.code());
        JsonNode before = client.signed(baotou, "GET", "/api/v1/content", null).json();
        assertThat(before.get("contactPolicy").asString()).isEqualTo("OPEN");

        assertThat(client.operator("PUT", "/api/v1/operator/regions/1502/contact-policy",
                "{\"contactPolicy\":\"GATED\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status())
                .isEqualTo(204);

        JsonNode after = client.signed(baotou, "GET", "/api/v1/content", null).json();
        assertThat(after.get("contactPolicy").asString()).isEqualTo("GATED");
        assertThat(after.get("version").asLong()).isGreaterThan(before.get("version").asLong());
        assertThat(client.signed(hohhot, "GET", "/api/v1/content", null).json().get("contactPolicy").asString())
                .isEqualTo("OPEN");
        content.setContactPolicy(BAOTOU.regionCode(), ContactPolicy.OPEN);
        assertThat(client.signed(baotou, "GET", "/api/v1/content", null).json().get("contactPolicy").asString())
                .isEqualTo("OPEN");
    }
}
