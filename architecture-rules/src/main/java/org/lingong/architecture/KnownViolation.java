package org.lingong.architecture;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A documented exception to a house rule: it names what is allowed to break the rule today and why. A rule that
 * allows known violations still fails on every violation no exception covers.
 */
public sealed interface KnownViolation {

    /** Why the exception exists and what removes it; shown to the reader of the module's architecture test. */
    String reason();

    /** Whether this exception covers the violation ArchUnit described. */
    boolean covers(String violationDescription);

    /** A package cycle through exactly these slices (first-level packages below the module's base package). */
    static Cycle cycle(String reason, String... slices) {
        return new Cycle(new TreeSet<>(Arrays.asList(slices)), reason);
    }

    /**
     * Any violation where {@code originClass} (the first {@code <…>} of the description) depends on
     * {@code targetClass} (named later in it); nested classes count as their enclosing class.
     */
    static KnownViolation dependency(String originClass, String targetClass, String reason) {
        return new Dependency(originClass, targetClass, reason);
    }

    record Cycle(Set<String> slices, String reason) implements KnownViolation {

        private static final Pattern SLICE = Pattern.compile("Slice (\\S+)");

        @Override
        public boolean covers(String violationDescription) {
            return slices.equals(slicesOf(violationDescription));
        }

        /** The slices named in the "Cycle detected: Slice a -> Slice b -> Slice a" head of a cycle violation. */
        static Set<String> slicesOf(String violationDescription) {
            int details = violationDescription.indexOf("Dependencies of");
            String head = details < 0 ? violationDescription : violationDescription.substring(0, details);
            Set<String> slices = new TreeSet<>();
            if (head.startsWith("Cycle detected")) {
                Matcher slice = SLICE.matcher(head);
                while (slice.find()) {
                    slices.add(slice.group(1));
                }
            }
            return slices;
        }
    }

    record Dependency(String originClass, String targetClass, String reason) implements KnownViolation {

        @Override
        public boolean covers(String violationDescription) {
            int origin = violationDescription.indexOf('<') + 1;
            return origin > 0 && namesClassAt(violationDescription, origin, originClass)
                    && namesClassAfter(violationDescription, violationDescription.indexOf('>', origin), targetClass);
        }

        private static boolean namesClassAfter(String description, int from, String className) {
            for (int at = description.indexOf('<' + className, from); at >= 0; at = description.indexOf('<' + className, at + 1)) {
                if (namesClassAt(description, at + 1, className)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean namesClassAt(String description, int at, String className) {
            int after = at + className.length();
            return description.startsWith(className, at) && after < description.length()
                    && ".$>".indexOf(description.charAt(after)) >= 0;
        }
    }
}
