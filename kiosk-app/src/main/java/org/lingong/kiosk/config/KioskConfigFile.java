package org.lingong.kiosk.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * The kiosk's configuration read from its file without starting the kiosk (for {@code lingong-kiosk doctor}): the
 * same keys, defaults and checks as at start, including the technician's device file named by an
 * {@code optional:file:} entry of {@code spring.config.import}. A bad value throws with the key and the reason.
 */
public final class KioskConfigFile {

    private static final String OPTIONAL_FILE = "optional:file:";
    private final Binder binder;
    private final List<Path> files;

    private KioskConfigFile(Binder binder, List<Path> files) {
        this.binder = binder;
        this.files = files;
    }

    public static KioskConfigFile read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " does not exist");
        }
        MutablePropertySources sources = new MutablePropertySources();
        List<Path> files = new ArrayList<>(List.of(file));
        load(file).forEach(sources::addLast);
        Object imports = sources.stream().map(source -> source.getProperty("spring.config.import"))
                .filter(value -> value != null).findFirst().orElse(null);
        if (imports != null) {
            for (String entry : imports.toString().split(",")) {
                String trimmed = entry.strip();
                if (trimmed.startsWith(OPTIONAL_FILE)) {
                    Path imported = file.resolveSibling(Path.of(trimmed.substring(OPTIONAL_FILE.length())));
                    if (Files.isRegularFile(imported)) {
                        load(imported).forEach(sources::addFirst);   // imported values win, as at start
                        files.add(imported);
                    }
                }
            }
        }
        return new KioskConfigFile(new Binder(ConfigurationPropertySources.from(sources)), List.copyOf(files));
    }

    private static List<PropertySource<?>> load(Path file) throws IOException {
        return new YamlPropertySourceLoader().load(file.toString(), new FileSystemResource(file));
    }

    /** The files read, the main one first. */
    public List<Path> files() {
        return files;
    }

    public KioskProperties kiosk() {
        return binder.bindOrCreate("kiosk", KioskProperties.class);
    }

    public DevicesProperties devices() {
        return binder.bindOrCreate("kiosk.devices", DevicesProperties.class);
    }

    public PlatformProperties platform() {
        return binder.bindOrCreate("kiosk.platform", PlatformProperties.class);
    }
}
