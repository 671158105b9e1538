package org.lingong.kiosk.bench;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;

import javafx.beans.Observable;
import javafx.beans.binding.Binding;

/**
 * How many listeners hang on the observables of the long-lived (singleton) view models: a view or binding that
 * is rebuilt per session and never let go shows up here as a count that grows with the sessions. Reads the
 * JavaFX listener helpers ({@code ExpressionHelper}, {@code ListListenerHelper}, ...) by reflection; call on the
 * FX thread. Only accessors that return an existing observable are called (never ones that build a new
 * {@link Binding}, which would add listeners themselves).
 */
final class ListenerCounts {

    /** Listeners registered and slots allocated in the helper's arrays (garbage-collected weak ones included). */
    record Count(int listeners, int slots) {
    }

    private ListenerCounts() {
    }

    /** "Bean.accessor" -> count, for every observable accessor of every bean that has at least one listener. */
    static Map<String, Count> of(Object... beans) throws ReflectiveOperationException {
        Map<String, Count> counts = new TreeMap<>();
        for (Object bean : beans) {
            for (Method accessor : bean.getClass().getMethods()) {
                if (accessor.getParameterCount() == 0 && !Modifier.isStatic(accessor.getModifiers())
                        && Observable.class.isAssignableFrom(accessor.getReturnType())
                        && !Binding.class.isAssignableFrom(accessor.getReturnType())) {
                    Count count = count(accessor.invoke(bean));
                    if (count.listeners() > 0) {
                        counts.put(bean.getClass().getSimpleName() + "." + accessor.getName(), count);
                    }
                }
            }
        }
        return counts;
    }

    static Count count(Object observable) throws IllegalAccessException {
        Object helper = helperOf(observable);
        if (helper == null) {
            return new Count(0, 0);
        }
        int listeners = 0;
        int slots = 0;
        boolean generic = false;
        for (Class<?> c = helper.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                if (field.getType() == int.class && field.getName().endsWith("Size")) {
                    listeners += field.getInt(helper);
                    generic = true;
                } else if (field.getType().isArray() && field.get(helper) != null) {
                    slots += Array.getLength(field.get(helper));
                }
            }
        }
        return generic ? new Count(listeners, slots) : new Count(1, 1);
    }

    private static Object helperOf(Object observable) throws IllegalAccessException {
        for (Class<?> c = observable.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())
                        && (field.getName().equals("helper") || field.getName().equals("listenerHelper"))) {
                    field.setAccessible(true);
                    return field.get(observable);
                }
            }
        }
        return null;
    }
}
