package org.lingong.platform.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerProfileTest {

    @Test
    void toStringMasksIdNumberNameAndPhone() {
        WorkerProfile profile = new WorkerProfile("150102198803150019", "张三丰", "13812345678", List.of("保洁"), 200,
                "周末", EmploymentStatus.UNEMPLOYED, true, true);

        assertThat(profile.toString()).contains("150***********0019", "张*丰", "138****5678")
                .doesNotContain("19880315", "三", "1234");
    }

    @Test
    void everyEventTypeNamesAPayloadRecord() {
        for (EventType type : EventType.values()) {
            assertThat(type.payloadType().isRecord()).as(type.name()).isTrue();
        }
    }
}
