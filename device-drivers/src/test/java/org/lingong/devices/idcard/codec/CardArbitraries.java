package org.lingong.devices.idcard.codec;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for ID numbers and cards of every type that fit the text-block slots. */
final class CardArbitraries {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private CardArbitraries() {
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 73_000).map(EARLIEST::plusDays);
    }

    /** A valid 18-character number: 6-digit prefix, birth date, 3-digit sequence, computed check character. */
    static Arbitrary<String> idNumbers(Arbitrary<String> prefixes) {
        return Combinators.combine(prefixes, dates(), Arbitraries.integers().between(0, 999))
                .as((prefix, birth, seq) -> {
                    String body = prefix + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                            birth.getDayOfMonth(), seq);
                    return body + IdNumber.checkCharacter(body);
                });
    }

    static Arbitrary<String> residentPrefixes() {
        return Arbitraries.integers().between(110_000, 659_999).map(String::valueOf);
    }

    static Arbitrary<IdNumber> ids(Arbitrary<String> prefixes) {
        return idNumbers(prefixes).map(CardArbitraries::parse);
    }

    static Arbitrary<IdCard> cards() {
        return Arbitraries.oneOf(residents(), hmtPermits(), foreigners2017(), foreigners2023());
    }

    private static Arbitrary<String> chinese(int min, int max) {
        return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withChars('·').ofMinLength(min).ofMaxLength(max);
    }

    private static Arbitrary<String> latin(int min, int max) {
        return Arbitraries.strings().withCharRange('A', 'Z').withChars(' ', ',', '-').ofMinLength(min).ofMaxLength(max)
                .filter(s -> !s.endsWith(" "));
    }

    private static Arbitrary<String> alnum(int min, int max) {
        return Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(min).ofMaxLength(max);
    }

    private static Arbitrary<Validity> validity() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, dates().map(Validity::until)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Validity.LONG_TERM)));
    }

    private static Arbitrary<ResidentIdCard> residents() {
        return Combinators.combine(chinese(1, 15), Arbitraries.of(Gender.class), Arbitraries.of(Nation.class),
                        dates(), chinese(0, 35), ids(residentPrefixes()), chinese(0, 15), dates())
                .flatAs((name, gender, nation, birth, address, id, authority, from) -> validity().map(to ->
                        new ResidentIdCard(name, gender, nation, birth, address, id, authority, from, to,
                                OpaqueBytes.EMPTY, OpaqueBytes.EMPTY)));
    }

    private static Arbitrary<HmtResidencePermit> hmtPermits() {
        Arbitrary<String> prefixes = Arbitraries.of("810000", "820000", "830000");
        return Combinators.combine(chinese(1, 15), Arbitraries.of(Gender.class), dates(), chinese(0, 35),
                        ids(prefixes), chinese(0, 15), dates(), alnum(0, 9))
                .flatAs((name, gender, birth, address, id, authority, from, pass) ->
                        Combinators.combine(validity(), Arbitraries.integers().between(0, 99)).as((to, count) ->
                                new HmtResidencePermit(name, gender, birth, address, id, authority, from, to, pass,
                                        count, OpaqueBytes.EMPTY, OpaqueBytes.EMPTY)));
    }

    private static Arbitrary<ForeignerPermit2017> foreigners2017() {
        return Combinators.combine(latin(1, 60), chinese(0, 15), Arbitraries.of(Gender.class), alnum(1, 15),
                        alnum(0, 3), dates(), dates(), validity())
                .flatAs((english, chinese, gender, permit, nationality, birth, from, to) ->
                        Combinators.combine(alnum(0, 2), alnum(0, 4)).as((version, authority) ->
                                new ForeignerPermit2017(english, chinese, gender, permit, nationality, birth, from, to,
                                        version, authority, OpaqueBytes.EMPTY, OpaqueBytes.EMPTY)));
    }

    private static Arbitrary<ForeignerPermit2023> foreigners2023() {
        Arbitrary<String> prefixes = Arbitraries.integers().between(0, 99_999).map(n -> String.format("9%05d", n));
        return Combinators.combine(chinese(0, 15), latin(0, 46), Arbitraries.of(Gender.class),
                        Arbitraries.integers().between(0, 99), dates(), ids(prefixes), dates(), validity())
                .flatAs((chinese, english, gender, renewals, birth, id, from, to) ->
                        Combinators.combine(alnum(0, 3), alnum(0, 3)).as((nationality, link) ->
                                new ForeignerPermit2023(chinese, english, gender, renewals, birth, id, from, to,
                                        nationality, link, OpaqueBytes.EMPTY, OpaqueBytes.EMPTY)));
    }

    private static IdNumber parse(String number) {
        try {
            return IdNumber.parse(number);
        } catch (CardDecodeException e) {
            throw new AssertionError("generated number is invalid: " + e.getMessage(), e);
        }
    }
}
