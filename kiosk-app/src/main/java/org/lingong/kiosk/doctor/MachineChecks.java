package org.lingong.kiosk.doctor;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the machine gives the kiosk: the bundled fonts, a display, the private data folder and disk space. */
final class MachineChecks {

    /** Chinese words the kiosk shows on every screen; the bundled font must draw all of them. */
    private static final String SAMPLE = "\u96f6\u5de5\u9a7f\u7ad9\u81ea\u52a9\u670d\u52a1\u7ec8\u7aef";
    private static final long MB = 1024 * 1024;
    static final long FAIL_BELOW = 200 * MB;
    static final long WARN_BELOW = 1024 * MB;

    private final Map<String, String> environment;
    private final Path root;

    /** @param root the file system root ({@code /}; a folder in tests) under which sockets and programs are found */
    MachineChecks(Map<String, String> environment, Path root) {
        this.environment = environment;
        this.root = root;
    }

    Finding fonts(List<String> resources) {
        for (String resource : resources) {
            try (InputStream in = MachineChecks.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return Finding.fail("fonts", resource + " is missing from the kiosk (reinstall lingong-kiosk)");
                }
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                if (font.canDisplayUpTo(SAMPLE) != -1) {
                    return Finding.fail("fonts", resource + " cannot draw Chinese");
                }
            } catch (IOException | FontFormatException e) {
                return Finding.fail("fonts", resource + " does not load: " + e.getMessage());
            }
        }
        return Finding.ok("fonts", "bundled Noto Sans SC loads and draws Chinese");
    }

    Finding display() {
        Optional<String> wayland = Optional.ofNullable(environment.get("WAYLAND_DISPLAY")).filter(s -> !s.isBlank());
        Optional<String> x11 = Optional.ofNullable(environment.get("DISPLAY")).filter(s -> !s.isBlank());
        String gtk = gtkLibrary() ? "" : "; GTK 3 is missing (apt-get install libgtk-3-0): JavaFX cannot open a window";
        if (x11.isPresent()) {
            String display = x11.get();
            Path socket = root.resolve("tmp/.X11-unix/X" + display.replaceFirst("^[^:]*:", "").replaceFirst("\\..*$", ""));
            if (display.startsWith(":") && !Files.exists(socket)) {
                return Finding.fail("display", "DISPLAY=" + display + " but " + socket + " does not exist (no X server)");
            }
            return gtk.isEmpty() ? Finding.ok("display", "X display " + display + " (in cage: Xwayland)")
                    : Finding.fail("display", "X display " + display + gtk);
        }
        if (wayland.isPresent()) {
            return Finding.ok("display", "Wayland display " + wayland.get() + gtk);
        }
        if (Files.isExecutable(root.resolve("usr/bin/cage"))) {
            return gtk.isEmpty()
                    ? Finding.warn("display", "none in this shell; lingong-kiosk.service starts cage on tty1 (cage installed)")
                    : Finding.fail("display", "cage installed" + gtk);
        }
        return Finding.fail("display", "no display and cage is not installed (apt-get install cage xwayland)");
    }

    private boolean gtkLibrary() {
        for (String dir : List.of("usr/lib/x86_64-linux-gnu", "usr/lib/aarch64-linux-gnu", "usr/lib64", "usr/lib")) {
            if (Files.exists(root.resolve(dir).resolve("libgtk-3.so.0"))) {
                return true;
            }
        }
        return false;
    }

    /** The data folder holds the terminal key and encrypted personal data: owner only (0700), owned by this user. */
    Finding dataFolder(Path dataDir) {
        Path folder = Files.exists(dataDir) ? dataDir : dataDir.toAbsolutePath().getParent();
        if (folder == null || !Files.exists(folder)) {
            return Finding.fail("data", dataDir + " and its parent do not exist");
        }
        Optional<PosixFileAttributes> attributes = Permissions.of(folder);
        if (attributes.isEmpty()) {
            return Finding.warn("data", folder + ": permissions not readable here");
        }
        Set<PosixFilePermission> permissions = attributes.get().permissions();
        boolean others = permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
        if (others) {
            return Finding.fail("data", folder + " is readable by others (" + Permissions.describe(folder) + "); must be 0700");
        }
        String user = System.getProperty("user.name");
        if (!attributes.get().owner().getName().equals(user)) {
            return Finding.warn("data", folder + " belongs to " + attributes.get().owner().getName() + ", not to " + user
                    + " (run the doctor as the kiosk user: sudo -u lingong lingong-kiosk doctor)");
        }
        return Finding.ok("data", folder + " " + Permissions.describe(folder));
    }

    Finding disk(Path dataDir) {
        Path existing = dataDir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Finding.fail("disk", "no folder of " + dataDir + " exists");
        }
        try {
            long free = Files.getFileStore(existing).getUsableSpace();
            String text = free / MB + " MB free for " + existing;
            if (free < FAIL_BELOW) {
                return Finding.fail("disk", text + " (needs at least " + FAIL_BELOW / MB + " MB)");
            }
            return free < WARN_BELOW ? Finding.warn("disk", text + " (low)") : Finding.ok("disk", text);
        } catch (IOException e) {
            return Finding.fail("disk", existing + ": " + e.getMessage());
        }
    }
}
