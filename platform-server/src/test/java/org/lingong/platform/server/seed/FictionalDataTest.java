package org.lingong.platform.server.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The seed data must never look like real people: no ID numbers, no dialable-looking personal phones. */
class FictionalDataTest {

    private static final SeedDataset DEMO = SeedGenerator.demo(LocalDate.of(2026, 11, 27));
    /** A resident ID number is 18 characters (17 digits + digit or X); the old format is 15 digits. */
    private static final Pattern ID_LIKE = Pattern.compile("\\d{15}|\\d{17}[\\dXx]");

    @Test
    void noTextAnywhereLooksLikeAResidentIdNumber() {
        List<String> texts = new ArrayList<>();
        collectStrings(DEMO, texts);
        collectStrings(new SeedGenerator(3).jobs(20_000, LocalDate.of(2026, 6, 1)), texts);
        assertThat(texts).hasSizeGreaterThan(10_000)
                .noneMatch(text -> ID_LIKE.matcher(text).find());
    }

    @Test
    void contactMobilesUseTheFictionalZeroBlock() {
        assertThat(DEMO.jobs()).extracting(SeedJob::contactPhone)
                .allMatch(phone -> phone.matches(FictionalContacts.MOBILE_PATTERN));
    }

    @Test
    void stationLandlinesHaveTheirPrefectureAreaCodeAndAnUndialableLocalNumber() {
        assertThat(DEMO.stations()).allSatisfy(station -> {
            assertThat(station.phone()).matches(FictionalContacts.LANDLINE_PATTERN);
            assertThat(station.phone()).startsWith(FictionalContacts.areaCode(station.regionCode()) + "-0");
        });
    }

    @Test
    void contactsAreAddressedBySurnameOrGivenNameOnlyWithAnHonorific() {
        assertThat(DEMO.jobs()).extracting(SeedJob::contactName)
                .allMatch(name -> name.matches("\\p{IsHan}{1,3}(先生|女士)"));
    }

    private static void collectStrings(Object value, List<String> out) {
        if (value instanceof String text) {
            out.add(text);
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> collectStrings(item, out));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collectStrings(component.getAccessor().invoke(record), out);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("cannot read " + component, e);
                }
            }
        } else if (value != null) {
            out.add(value.toString());
        }
    }
}
