package org.lingong.kiosk.theme;

import java.io.IOException;
import java.io.InputStream;

import javafx.scene.text.Font;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled Noto Sans SC (Regular and Bold, SIL OFL, unpacked into {@code /fonts/} at
 * build time) and Noto Sans Mongolian (kept in the sources, made from the npm package's WOFF by
 * {@code scripts/woff-to-ttf.py}) so that Chinese renders on any machine, whatever fonts it has. The stylesheet names
 * the family {@value #FAMILY}. Call once after the JavaFX toolkit started, before the first scene.
 */
public final class KioskFonts {

    public static final String FAMILY = "Noto Sans SC";
    /** Noto Sans Mongolian 3.002 (OFL, {@code /fonts/OFL-NotoSansMongolian.txt}) for the traditional script. */
    public static final String MONGOLIAN_FAMILY = "Noto Sans Mongolian";
    static final String[] FILES = {"/fonts/NotoSansSC-Regular.ttf", "/fonts/NotoSansSC-Bold.ttf",
        "/fonts/NotoSansMongolian-Regular.ttf"};
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
