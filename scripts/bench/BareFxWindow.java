import com.sun.javafx.perf.PerformanceTracker;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The baseline of scripts/measure-installed-startup.sh: a bare JavaFX window (one label, full screen size) on the
 * installed kiosk's runtime; prints the epoch-ms at which Prism presented its first frame, as the kiosk's
 * FirstFrameProbe logs it, and exits. The main class is not the Application itself, so that the java launcher accepts
 * JavaFX from the class path (as the kiosk's Launcher does).
 */
public final class BareFxWindow {

    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Rectangle2D screen = Screen.getPrimary().getBounds();
            Scene scene = new Scene(new StackPane(new Label("零工驿站")), screen.getWidth(), screen.getHeight());
            PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
            tracker.setOnRenderedFrameTask(() -> {
                System.out.println("First frame presented at epoch-ms " + System.currentTimeMillis());
                Platform.runLater(Platform::exit);
            });
            stage.setScene(scene);
            stage.show();
        }
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }
}
