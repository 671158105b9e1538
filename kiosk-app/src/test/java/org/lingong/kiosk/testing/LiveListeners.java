package org.lingong.kiosk.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.WeakListener;
import javafx.beans.value.ObservableValue;

import org.testfx.util.WaitForAsyncUtils;

/**
 * Counts the listeners an observable value holds, read from JavaFX's {@code ExpressionHelper} by reflection: all
 * registered ones, and the live ones (weak listeners whose target was garbage-collected left out). A view that adds
 * listeners to a long-lived observable every time it rebuilds shows up as a count that grows. Call on the FX thread.
 */
public final class LiveListeners {

    /** {@code registered} includes dead weak listeners not yet trimmed; {@code live} does not. */
    public record Count(int registered, int live) {
    }

    private LiveListeners() {
    }

    /**
     * The counts of each named observable, taken on the FX thread after a few pulses (a parent lets go of removed
     * children only then) and garbage collections. Call off the FX thread.
     */
    public static Map<String, Count> afterCollection(Supplier<Map<String, ObservableValue<?>>> observed)
            throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(50);
            System.gc();
        }
        return WaitForAsyncUtils.asyncFx(() -> {
            Map<String, Count> counts = new LinkedHashMap<>();
            observed.get().forEach((name, observable) -> counts.put(name, on(observable)));
            return counts;
        }).get();
    }

    /** Only the live counts. */
    public static Map<String, Integer> live(Map<String, Count> counts) {
        Map<String, Integer> live = new LinkedHashMap<>();
        counts.forEach((name, count) -> live.put(name, count.live()));
        return live;
    }

    public static Count on(ObservableValue<?> observable) {
        try {
            Object helper = field(observable.getClass(), "helper", observable);
            if (helper == null) {
                return new Count(0, 0);
            }
            int registered = 0;
            int live = 0;
            for (Class<?> c = helper.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    f.setAccessible(true);
                    Object value = f.get(helper);
                    if (f.getName().equals("listener") && value != null) {
                        registered++;
                        live += isDead(value) ? 0 : 1;
                    } else if (f.getType().isArray() && value instanceof Object[] listeners) {
                        String sizeName = f.getName().replace("Listeners", "Size");
                        int size = (int) field(c, sizeName, helper);
                        for (int i = 0; i < size; i++) {
                            registered++;
                            live += isDead(listeners[i]) ? 0 : 1;
                        }
                    }
                }
            }
            return new Count(registered, live);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the listeners of " + observable, e);
        }
    }

    private static boolean isDead(Object listener) {
        return listener instanceof WeakListener weak && weak.wasGarbageCollected();
    }

    private static Object field(Class<?> type, String name, Object target) throws ReflectiveOperationException {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name) && !Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    return f.get(target);
                }
            }
        }
        return null;
    }
}
