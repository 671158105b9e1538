package org.lingong.kiosk.bench;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What JavaFX keeps of shown texts after a session is wiped: {@code com.sun.javafx.text.PrismTextLayout} holds a
 * static, JVM-wide {@code stringCache} (hash of text + font -> {@code LayoutCache}, whose {@code text} field is the
 * text's chars) for every text up to 256 chars, cleared only when it reaches its size limit. Read by reflection
 * (JavaFX on the class path); call on the FX thread.
 */
final class TextLayoutCacheScan {

    private TextLayoutCacheScan() {
    }

    /** The cached texts. */
    static List<String> cachedTexts() throws ReflectiveOperationException {
        Class<?> layout = Class.forName("com.sun.javafx.text.PrismTextLayout");
        Field cacheField = layout.getDeclaredField("stringCache");
        cacheField.setAccessible(true);
        Map<?, ?> cache = (Map<?, ?>) cacheField.get(null);
        List<String> texts = new ArrayList<>();
        synchronized (cache) {
            for (Object entry : cache.values()) {
                Field text = entry.getClass().getDeclaredField("text");
                text.setAccessible(true);
                char[] chars = (char[]) text.get(entry);
                if (chars != null) {
                    texts.add(new String(chars));
                }
            }
        }
        return texts;
    }

    /** How many cached texts contain at least one of {@code secrets}. */
    static long countHolding(List<String> texts, List<String> secrets) {
        return texts.stream().filter(t -> secrets.stream().anyMatch(t::contains)).count();
    }
}
