package org.lingong.platform.server.pages;

import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with a posted form, one message per field, shown beside that field. */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Keeps the first message of a field. */
    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public Map<String, String> all() {
        return Map.copyOf(byField);
    }
}
