package org.lingong.kiosk.registration;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.value.ObservableValue;

/**
 * Walks everything reachable from an object (fields by reflection, collections, maps, optionals,
 * observable values, arrays) and reports where one of the given secrets appears in a string.
 * Stops at the {@link RegistrationSink} and the referral desk (that is where consented data and issued slips are
 * meant to go), at the Spring container (a lazy bean lookup would lead to every bean, and in tests to the platform
 * server in the same JVM), at device simulators (what they printed is on the worker's paper), and at the
 * scene and window (the live scene graph is checked on its own; the window's event dispatchers
 * hold test-harness state such as past mouse events).
 */
public final class PersonalDataScan {

    private final List<String> secrets;
    private final Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> findings = new ArrayList<>();

    private PersonalDataScan(List<String> secrets) {
        this.secrets = secrets;
    }

    public static List<String> find(Object root, String... secrets) {
        PersonalDataScan scan = new PersonalDataScan(List.of(secrets));
        scan.visit(root, root.getClass().getSimpleName());
        return scan.findings;
    }

    private void visit(Object value, String path) {
        if (value == null || value instanceof Class<?> || value instanceof Thread || value instanceof ClassLoader
                || value instanceof RegistrationSink
                || value instanceof org.lingong.kiosk.referral.ReferralDesk
                || value instanceof org.springframework.beans.factory.BeanFactory
                || value instanceof org.lingong.devices.sim.SimulatedDevice || value instanceof javafx.scene.Scene
                || value instanceof javafx.stage.Window || !seen.add(value)) {
            return;
        }
        if (value instanceof CharSequence text) {
            String content = text.toString();
            if (content == null) {
                return;
            }
            for (String secret : secrets) {
                if (content.contains(secret)) {
                    findings.add(path + " holds " + secret);
                }
            }
            return;
        }
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> visit(inner, path + ".get()"));
            return;
        }
        if (value instanceof ObservableValue<?> observable) {
            visit(observable.getValue(), path + ".value");
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                visit(k, path + ".key");
                visit(v, path + "[" + k + "]");
            });
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                visit(element, path + "[" + i++ + "]");
            }
            return;
        }
        if (value.getClass().isArray()) {
            if (!value.getClass().getComponentType().isPrimitive()) {
                for (int i = 0; i < Array.getLength(value); i++) {
                    visit(Array.get(value, i), path + "[" + i + "]");
                }
            }
            return;
        }
        if (value.getClass().getName().startsWith("java.")) {
            return;
        }
        for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    visit(field.get(value), path + "." + field.getName());
                } catch (InaccessibleObjectException | IllegalAccessException e) {
                    // a JDK-internal field: its public view (collection, observable) was visited above
                }
            }
        }
    }
}
