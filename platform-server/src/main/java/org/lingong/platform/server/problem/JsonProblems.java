package org.lingong.platform.server.problem;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.lingong.platform.api.problem.Problem;
import org.lingong.platform.server.json.ControlCharacterException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns Jackson read failures into problems with a precise reason and the JSON path of the culprit. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static Problem of(Throwable failure) {
        if (failure instanceof ControlCharacterException control) {
            return Problem.of(400, "control-character", "Invalid text",
                    "text at " + path(control) + " contains a control character (only tab and line breaks are allowed)");
        }
        if (failure instanceof InvalidFormatException invalid) {
            return invalidValue(invalid);
        }
        if (failure instanceof MismatchedInputException mismatched) {
            return Problem.of(400, "invalid-value", "Invalid value",
                    "value at " + path(mismatched) + " has the wrong type or is missing");
        }
        if (failure instanceof DatabindException databind) {
            Throwable cause = databind.getCause();
            if (cause instanceof ApiException api) {
                return api.toProblem();
            }
            if (cause instanceof IllegalArgumentException) {
                return Problem.of(400, "invalid-value", "Invalid value", "value at " + path(databind) + " is invalid");
            }
            return Problem.of(400, "invalid-value", "Invalid value", "value at " + path(databind) + " cannot be read");
        }
        if (failure instanceof StreamReadException) {
            return Problem.of(400, "malformed-json", "Malformed JSON", "the body is not well-formed JSON");
        }
        return Problem.of(400, "malformed-json", "Malformed JSON", "the body cannot be read as JSON");
    }

    private static Problem invalidValue(InvalidFormatException invalid) {
        Class<?> target = invalid.getTargetType();
        String where = path(invalid);
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return Problem.of(400, "unknown-enum-value", "Unknown enum value",
                    "value at " + where + " must be one of " + allowed);
        }
        if (target != null && (Temporal.class.isAssignableFrom(target) || TemporalAccessor.class.isAssignableFrom(target))) {
            return Problem.of(400, "invalid-date", "Invalid date",
                    "value at " + where + " is not a real date/time in ISO-8601 form");
        }
        return Problem.of(400, "invalid-value", "Invalid value", "value at " + where + " has the wrong format");
    }

    static String path(DatabindException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "$" : "$" + path;
    }

    /** True if {@code e} is a Jackson failure this class understands. */
    public static boolean isJson(Throwable e) {
        return e instanceof JacksonException;
    }
}
