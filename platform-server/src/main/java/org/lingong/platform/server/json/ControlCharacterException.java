package org.lingong.platform.server.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A JSON string with a control character; as it travels up, Jackson adds the JSON path of the field. */
public final class ControlCharacterException extends InvalidFormatException {

    ControlCharacterException(JsonParser p) {
        super(p, "text contains a control character", null, String.class);
    }
}
