import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;

/** Spike: does JavaFX shape traditional Mongolian? Prints measurements, writes a PNG. */
public class MongolSpike {
    static final String WORD = "\u182E\u1823\u1829\u182D\u1823\u182F";          // ᠮᠣᠩᠭᠣᠯ mongγol
    static final String PHRASE = WORD + " \u182A\u1822\u1834\u1822\u182D";          // ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ mongγol bičig

    public static void main(String[] args) throws Exception {
        String fontPath = args[0];
        String cjkPath = args[1];
        String out = args[2];
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                run(fontPath, cjkPath, out);
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get(60, TimeUnit.SECONDS);
        Platform.exit();
    }

    static Text text(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        t.setFill(Color.web("#1a1a1a"));
        return t;
    }

    static double width(String s, Font font) {
        Text t = text(s, font);
        new Scene(new Group(t));
        t.applyCss();
        return t.getLayoutBounds().getWidth();
    }

    static String zwnj(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0) b.append('\u200C');
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    static void run(String fontPath, String cjkPath, String out) throws Exception {
        Font mong = Font.loadFont(new File(fontPath).toURI().toString(), 64);
        Font cjk = Font.loadFont(new File(cjkPath).toURI().toString(), 26);
        System.out.println("font loaded: " + mong);
        // 1. widths: joined word vs the same letters forced apart (ZWNJ) vs the sum of the letters alone
        double joined = width(WORD, mong);
        double apart = width(zwnj(WORD), mong);
        double sum = 0;
        for (char c : WORD.toCharArray()) sum += width(String.valueOf(c), mong);
        System.out.printf("width of the word %.1f, with ZWNJ between the letters %.1f, sum of isolated letters %.1f%n",
                joined, apart, sum);
        for (String[] trick : new String[][] {{"CGJ U+034F after the word", WORD + "\u034F"},
                {"ZWJ U+200D after the word", WORD + "\u200D"}, {"Arabic tatweel U+0640 after", WORD + "\u0640"},
                {"LRE U+202A before, PDF U+202C after", "\u202A" + WORD + "\u202C"},
                {"ZWNJ U+200C after the word", WORD + "\u200C"}}) {
            System.out.printf("width with %s: %.1f%n", trick[0], width(trick[1], mong));
        }
        // 2. pixel comparison: snapshot of the word vs the ZWNJ version
        WritableImage a = new Scene(new Group(text(WORD, mong))).getRoot().snapshot(null, null);
        WritableImage b = new Scene(new Group(text(zwnj(WORD), mong))).getRoot().snapshot(null, null);
        boolean same = a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight() && samePixels(a, b);
        System.out.println("word and ZWNJ-separated letters render " + (same ? "IDENTICALLY (no shaping)" : "DIFFERENTLY (shaping happens)"));

        VBox page = new VBox(22);
        page.setPadding(new Insets(24, 24, 48, 24));
        page.setStyle("-fx-background-color: white;");
        page.getChildren().add(row("1 JavaFX 21 默认：字母未连写（孤立形，错误）default: isolated letters, wrong", cjk, text(PHRASE, mong)));
        javafx.scene.image.ImageView reference = new javafx.scene.image.ImageView(
                new javafx.scene.image.Image(new File("/tmp/mongol/ref-hb.png").toURI().toString()));
        page.getChildren().add(row("2 参照 HarfBuzz (hb-view) 正确连写 reference shaping", cjk, reference));
        page.getChildren().add(row("3 JavaFX + U+202A…U+202C 包裹：连写正确，但控制符显示为方框", cjk,
                text("\u202A" + PHRASE + "\u202C", mong)));
        Text rotated = text("\u202A" + PHRASE + "\u202C", mong);
        rotated.getTransforms().add(new javafx.scene.transform.Rotate(90));
        page.getChildren().add(row("4 同上旋转 90°（竖排，自上而下）rotated 90° for vertical reading", cjk, new Group(rotated)));
        Scene scene = new Scene(page);
        page.applyCss();
        page.layout();
        WritableImage shot = page.snapshot(null, null);
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", new File(out));
        System.out.println("wrote " + out + " " + (int) shot.getWidth() + "x" + (int) shot.getHeight());
    }

    static Node row(String caption, Font cjk, Node sample) {
        Text label = new Text(caption);
        label.setFont(cjk);
        VBox box = new VBox(8, label, sample);
        
        return box;
    }

    static boolean samePixels(WritableImage a, WritableImage b) {
        var ra = a.getPixelReader();
        var rb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++)
            for (int x = 0; x < (int) a.getWidth(); x++)
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) return false;
        return true;
    }
}
