package org.lingong.kiosk.shell;

import javafx.scene.Node;

/**
 * A feature's screen: features contribute one bean of this type per {@link Screen} they build, and the shell
 * creates the view the first time its screen is shown. {@link #create()} runs on the JavaFX thread.
 */
public interface ScreenViewFactory {

    Screen screen();

    Node create();

    static ScreenViewFactory of(Screen screen, java.util.function.Supplier<Node> view) {
        return new ScreenViewFactory() {
            @Override
            public Screen screen() {
                return screen;
            }

            @Override
            public Node create() {
                return view.get();
            }
        };
    }
}
