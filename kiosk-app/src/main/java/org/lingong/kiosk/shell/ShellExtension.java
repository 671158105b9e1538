package org.lingong.kiosk.shell;

import java.util.function.BiConsumer;

import javafx.scene.Scene;

/**
 * A feature's piece of the shell besides its screens: an overlay above the screens, a control in the top bar, a
 * reaction to taps on the station name, a key filter on the scene. Features contribute beans of this type; the shell
 * applies them once, on the JavaFX thread, in {@link #order()} when it builds the scene.
 */
public interface ShellExtension {

    void extend(ShellView shell, Scene scene);

    /** Lower first: an overlay added later lies above the ones added before it (all below the idle overlay). */
    default int order() {
        return 0;
    }

    /** An extension applied in {@code order} (lower first). */
    static ShellExtension of(int order, BiConsumer<ShellView, Scene> extend) {
        return new ShellExtension() {
            @Override
            public void extend(ShellView shell, Scene scene) {
                extend.accept(shell, scene);
            }

            @Override
            public int order() {
                return order;
            }
        };
    }
}
