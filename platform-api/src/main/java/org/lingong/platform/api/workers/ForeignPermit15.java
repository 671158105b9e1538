package org.lingong.platform.api.workers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The older 15-character 外国人永久居留证 number: {@code AAA} nationality letters, 4-digit place code, birth date
 * {@code YYMMDD}, 2-digit sequence. It has no check character.
 */
final class ForeignPermit15 {

    private ForeignPermit15() {
    }

    /** @return {@code normalised} when it has the permit's form, else throws naming the rule */
    static String check(String normalised) {
        for (int i = 0; i < 3; i++) {
            if (normalised.charAt(i) < 'A' || normalised.charAt(i) > 'Z') {
                throw refused(InvalidIdNumberException.Rule.CHARACTERS);
            }
        }
        for (int i = 3; i < 15; i++) {
            if (normalised.charAt(i) < '0' || normalised.charAt(i) > '9') {
                throw refused(InvalidIdNumberException.Rule.CHARACTERS);
            }
        }
        try {
            birthDate(normalised);
        } catch (DateTimeException e) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Rule.BIRTH_DATE,
                    "birth date is not a real date");
        }
        return normalised;
    }

    /** The birth date, its two-digit year read as the latest year not after this one. */
    static LocalDate birthDate(String permit) {
        int yy = Integer.parseInt(permit.substring(7, 9));
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        int year = 2000 + yy > thisYear ? 1900 + yy : 2000 + yy;
        return LocalDate.of(year, Integer.parseInt(permit.substring(9, 11)), Integer.parseInt(permit.substring(11, 13)));
    }

    private static InvalidIdNumberException refused(InvalidIdNumberException.Rule rule) {
        return new InvalidIdNumberException(rule,
                "a 15-character permit number must be 3 letters followed by 12 digits");
    }
}
