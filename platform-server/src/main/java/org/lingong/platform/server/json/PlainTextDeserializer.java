package org.lingong.platform.server.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads every JSON string of a request and refuses control characters (Unicode category Cc: NUL, bell, escape,
 * DEL, C1 …) other than tab, line feed and carriage return. PostgreSQL cannot store NUL in text at all, and none of
 * the others belongs in a name, a note or an app version; refusing them here gives one clear 400 for every field.
 */
final class PlainTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        String text = super.deserialize(p, ctxt);
        if (text != null && containsControlCharacter(text)) {
            throw new ControlCharacterException(p);
        }
        return text;
    }

    static boolean containsControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
