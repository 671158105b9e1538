package org.lingong.kiosk.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.text.Font;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled Noto Sans SC (Regular and Bold, SIL OFL, unpacked into {@code /fonts/} at
 * build time) and Noto Sans Mongolian (kept in the sources, made from the npm package's WOFF by
 * {@code scripts/woff-to-ttf.py}) so that Chinese renders on any machine, whatever fonts it has. The stylesheet names
 * the family {@value #FAMILY}. Call once after the JavaFX toolkit started, before the first scene.
 *
 * <p>The installed package also has the fonts as plain files and names their folder in the system property
 * {@value #FONTS_DIR}: JavaFX maps a font file in place, whereas a font from the jar is copied to a temporary file on
 * every start (about 230 ms of the installed kiosk's start-up). A file missing there falls back to the jar's copy.
 */
public final class KioskFonts {

    public static final String FAMILY = "Noto Sans SC";
    /** Noto Sans Mongolian 3.002 (OFL, {@code /fonts/OFL-NotoSansMongolian.txt}) for the traditional script. */
    public static final String MONGOLIAN_FAMILY = "Noto Sans Mongolian";
    static final String[] FILES = {"/fonts/NotoSansSC-Regular.ttf", "/fonts/NotoSansSC-Bold.ttf",
        "/fonts/NotoSansMongolian-Regular.ttf"};
    /** System property: a folder with the font files under their names in {@link #FILES} (without "/fonts/"). */
    public static final String FONTS_DIR = "lingong.fonts.dir";
    private static final Logger log = LoggerFactory.getLogger(KioskFonts.class);

    private KioskFonts() {
    }

    /** Loads both weights; throws when a font is missing or unreadable (a broken build). */
    public static void load() {
        long start = System.nanoTime();
        for (String file : FILES) {
            Font font = loadOne(file);
            log.debug("Loaded font {} ({}) from {}", font.getName(), font.getFamily(), file);
        }
        log.info("Bundled fonts loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private static Font loadOne(String file) {
        String dir = System.getProperty(FONTS_DIR);
        if (dir != null) {
            Path installed = Path.of(dir).resolve(file.substring(file.lastIndexOf('/') + 1));
            if (Files.isReadable(installed)) {
                Font font = Font.loadFont(installed.toUri().toString(), 24);
                if (font != null) {
                    return font;
                }
            }
            log.warn("Font file {} is missing or unreadable; using the copy in the jar", installed);
        }
        try (InputStream in = KioskFonts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Bundled font " + file + " is missing from the classpath");
            }
            Font font = Font.loadFont(in, 24);
            if (font == null) {
                throw new IllegalStateException("Bundled font " + file + " could not be loaded");
            }
            return font;
        } catch (IOException e) {
            throw new IllegalStateException("Bundled font " + file + " could not be read", e);
        }
    }
}
