package org.lingong.devices.idcard.codec;

import org.lingong.platform.api.workers.IdNumber;
import java.time.LocalDate;
import org.lingong.devices.testing.Gen;

/** Seeded generators for ID numbers and for cards of every type that fit the text-block slots. */
final class CardGenerators {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private CardGenerators() {
    }

    static LocalDate date(Gen gen) {
        return EARLIEST.plusDays(gen.between(0, 73_000));
    }

    /** A valid 18-character number: 6-digit prefix, birth date, 3-digit sequence, computed check character. */
    static String idNumber(Gen gen, String prefix) {
        LocalDate birth = date(gen);
        String body = prefix + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), gen.between(0, 999));
        return body + IdNumber.checkCharacter(body);
    }

    /** A valid 15-character permit number of the 2004 and 2017 cards: 3 letters, 4-digit place, birth YYMMDD, 2 digits. */
    static String permitNumber(Gen gen) {
        LocalDate birth = date(gen);
        return gen.string(3, 3, () -> gen.charBetween('A', 'Z')) + String.format("%04d%02d%02d%02d%02d",
                gen.between(0, 9999), birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(),
                gen.between(0, 99));
    }

    static String residentPrefix(Gen gen) {
        return String.valueOf(gen.between(110_000, 659_999));
    }

    static IdCard card(Gen gen) {
        return switch (gen.between(0, 3)) {
            case 0 -> resident(gen);
            case 1 -> hmtPermit(gen);
            case 2 -> foreigner2017(gen);
            default -> foreigner2023(gen);
        };
    }

    private static String chinese(Gen gen, int min, int max) {
        return gen.string(min, max, () -> gen.between(0, 40) == 0 ? '·' : gen.charBetween('\u4e00', '\u9fa5'));
    }

    private static String latin(Gen gen, int min, int max) {
        String text = gen.string(min, max, () -> gen.between(0, 8) == 0 ? gen.charOf(" ,-") : gen.charBetween('A', 'Z'));
        return text.endsWith(" ") ? text.substring(0, text.length() - 1) + "Z" : text;
    }

    private static String alnum(Gen gen, int min, int max) {
        return gen.string(min, max, () -> gen.bool() ? gen.charBetween('A', 'Z') : gen.charBetween('0', '9'));
    }

    private static Validity validity(Gen gen) {
        return gen.between(0, 3) == 0 ? Validity.LONG_TERM : Validity.until(date(gen));
    }

    private static ResidentIdCard resident(Gen gen) {
        return new ResidentIdCard(chinese(gen, 1, 15), gen.of(Gender.class), gen.of(Nation.class), date(gen),
                chinese(gen, 0, 35), parse(idNumber(gen, residentPrefix(gen))), chinese(gen, 0, 15), date(gen),
                validity(gen), OpaqueBytes.EMPTY, OpaqueBytes.EMPTY);
    }

    private static HmtResidencePermit hmtPermit(Gen gen) {
        return new HmtResidencePermit(chinese(gen, 1, 15), gen.of(Gender.class), date(gen), chinese(gen, 0, 35),
                parse(idNumber(gen, gen.of("810000", "820000", "830000"))), chinese(gen, 0, 15), date(gen),
                validity(gen), alnum(gen, 0, 9), gen.between(0, 99), OpaqueBytes.EMPTY, OpaqueBytes.EMPTY);
    }

    private static ForeignerPermit2017 foreigner2017(Gen gen) {
        return new ForeignerPermit2017(latin(gen, 1, 60), chinese(gen, 0, 15), gen.of(Gender.class), parse(permitNumber(gen)),
                alnum(gen, 0, 3), date(gen), date(gen), validity(gen), alnum(gen, 0, 2), alnum(gen, 0, 4),
                OpaqueBytes.EMPTY, OpaqueBytes.EMPTY);
    }

    private static ForeignerPermit2023 foreigner2023(Gen gen) {
        return new ForeignerPermit2023(chinese(gen, 0, 15), latin(gen, 0, 46), gen.of(Gender.class), gen.between(0, 99),
                date(gen), parse(idNumber(gen, String.format("9%05d", gen.between(0, 99_999)))), date(gen),
                validity(gen), alnum(gen, 0, 3), alnum(gen, 0, 3), OpaqueBytes.EMPTY, OpaqueBytes.EMPTY);
    }

    private static IdNumber parse(String number) {
        return IdNumber.parse(number);
    }
}
