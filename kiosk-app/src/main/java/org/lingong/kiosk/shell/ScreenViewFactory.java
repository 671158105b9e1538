package org.lingong.kiosk.shell;

import java.util.function.Supplier;

import javafx.scene.Node;

/**
 * A feature's screen: every feature contributes one bean of this type per {@link Screen} it builds (from its own
 * {@code *Configuration}), and the shell creates the view the first time its screen is shown. The shell knows no
 * feature: it only collects these beans. {@link #create()} and {@link #shown()} run on the JavaFX thread.
 */
public interface ScreenViewFactory {

    Screen screen();

    Node create();

    /** Called each time the screen is shown, after its view is on the screen (e.g. to refresh what it lists). */
    default void shown() {
    }

    static ScreenViewFactory of(Screen screen, Supplier<Node> view) {
        return of(screen, view, () -> { });
    }

    static ScreenViewFactory of(Screen screen, Supplier<Node> view, Runnable whenShown) {
        return new ScreenViewFactory() {
            @Override
            public Screen screen() {
                return screen;
            }

            @Override
            public Node create() {
                return view.get();
            }

            @Override
            public void shown() {
                whenShown.run();
            }
        };
    }
}
