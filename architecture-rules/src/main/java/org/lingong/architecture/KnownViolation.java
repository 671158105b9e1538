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

    /** Any violation whose origin (the first {@code <…>} of its description) lies in this class or its nested classes. */
    static KnownViolation inClass(String className, String reason) {
        return new InClass(className, reason);
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

    record InClass(String className, String reason) implements KnownViolation {

        @Override
        public boolean covers(String violationDescription) {
            int origin = violationDescription.indexOf('<') + 1;
            if (origin == 0 || !violationDescription.startsWith(className, origin)) {
                return false;
            }
            int after = origin + className.length();
            return after < violationDescription.length() && ".$>".indexOf(violationDescription.charAt(after)) >= 0;
        }
    }
}
