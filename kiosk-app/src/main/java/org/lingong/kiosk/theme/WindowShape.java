package org.lingong.kiosk.theme;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Whether the window a node shows in is portrait (taller than wide), and a way to follow it. JavaFX thread. */
public final class WindowShape {

    private WindowShape() {
    }

    public static boolean portrait(Node node) {
        Scene scene = node.getScene();
        return scene != null && scene.getHeight() > scene.getWidth();
    }

    /** Runs {@code action} when {@code node} enters a scene and whenever that scene is resized. */
    public static void follow(Node node, Runnable action) {
        InvalidationListener resized = observable -> action.run();
        node.sceneProperty().addListener((ChangeListener<Scene>) (obs, old, now) -> {
            if (old != null) {
                old.widthProperty().removeListener(resized);
                old.heightProperty().removeListener(resized);
            }
            if (now != null) {
                now.widthProperty().addListener(resized);
                now.heightProperty().addListener(resized);
            }
            action.run();
        });
    }
}
