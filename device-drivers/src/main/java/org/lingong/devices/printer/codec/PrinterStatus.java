package org.lingong.devices.printer.codec;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable snapshot of the printer's state.
 *
 * @param conditions everything observed; never empty ({@link PrinterCondition#ONLINE} when all is well)
 * @param errors     error causes, empty unless {@link PrinterCondition#ERROR} is present
 */
public record PrinterStatus(Set<PrinterCondition> conditions, Set<PrinterErrorCause> errors) {

    private static final List<PrinterCondition> BLOCKING_PRIORITY = List.of(
            PrinterCondition.NO_REPLY, PrinterCondition.PAPER_OUT, PrinterCondition.COVER_OPEN,
            PrinterCondition.ERROR, PrinterCondition.OFFLINE);

    public PrinterStatus {
        conditions = conditions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conditions));
        errors = errors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(errors));
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("a status needs at least one condition");
        }
    }

    public static PrinterStatus noReply() {
        return new PrinterStatus(Set.of(PrinterCondition.NO_REPLY), Set.of());
    }

    public static PrinterStatus of(PrinterCondition... conditions) {
        return new PrinterStatus(Set.of(conditions), Set.of());
    }

    public boolean has(PrinterCondition condition) {
        return conditions.contains(condition);
    }

    /** The most specific condition that forbids printing (paper out before offline), if any. */
    public Optional<PrinterCondition> blockingCondition() {
        return BLOCKING_PRIORITY.stream().filter(conditions::contains).findFirst();
    }

    /** Non-blocking conditions worth showing to staff, e.g. {@link PrinterCondition#PAPER_NEAR_END}. */
    public Set<PrinterCondition> warnings() {
        EnumSet<PrinterCondition> warnings = EnumSet.noneOf(PrinterCondition.class);
        conditions.stream().filter(c -> !c.blocksPrinting() && c != PrinterCondition.ONLINE).forEach(warnings::add);
        return warnings;
    }

    public boolean canPrint() {
        return blockingCondition().isEmpty();
    }
}
