package org.lingong.devices.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.printer.sim.SimulatedPrinterState;

/** The names {@code simulate} accepts for {@code --card} and {@code --state}. */
final class SimulatorChoices {

    /** Fictional cards by CLI name; {@code none} leaves the reader empty. */
    static final Map<String, IdCard> CARDS = cards();

    private SimulatorChoices() {
    }

    private static Map<String, IdCard> cards() {
        Map<String, IdCard> cards = new LinkedHashMap<>();
        cards.put("mongolian-worker", FictionalCards.MONGOLIAN_WORKER);
        cards.put("resident", FictionalCards.RESIDENT);
        cards.put("long-term", FictionalCards.RESIDENT_LONG_TERM);
        cards.put("check-x", FictionalCards.RESIDENT_CHECK_X);
        cards.put("hong-kong", FictionalCards.HMT_HONG_KONG);
        cards.put("foreigner-2017", FictionalCards.FOREIGNER_2017);
        cards.put("foreigner-2023", FictionalCards.FOREIGNER_2023);
        return java.util.Collections.unmodifiableMap(cards);
    }

    /** The card named {@code name}, null for {@code none}; a {@link CliFailure} (usage) for anything else. */
    static IdCard card(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("none")) {
            return null;
        }
        IdCard card = CARDS.get(key);
        if (card == null) {
            throw new CliFailure(ExitCodes.USAGE, "unknown card \"" + name + "\"; choose none or one of " + CARDS.keySet());
        }
        return card;
    }

    /** {@code paper-out} → {@link SimulatedPrinterState#PAPER_OUT}. */
    static SimulatedPrinterState state(String name) {
        try {
            return SimulatedPrinterState.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, "unknown printer state \"" + name + "\"; choose one of "
                    + java.util.Arrays.stream(SimulatedPrinterState.values())
                            .map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        }
    }
}
