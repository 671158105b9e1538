package org.lingong.platform.client.remote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.lingong.platform.api.files.AtomicFiles;
import org.lingong.platform.client.http.PlatformJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@link RemoteState} as {@code remote-state.json} in the data directory, mode 600, through
 * {@link AtomicFiles}: a power cut during a write leaves the old state or the new, never half of one.
 */
public final class RemoteStateStore {

    public static final String FILE = "remote-state.json";
    private static final Logger log = LoggerFactory.getLogger(RemoteStateStore.class);

    private final Path file;
    private final JsonMapper json = PlatformJson.newMapper();

    public RemoteStateStore(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /**
     * The stored state; {@link RemoteState#EMPTY} if there is none. A file that cannot be read as a state (it was
     * not written by this class) is set aside as {@code remote-state.json.damaged} and the kiosk starts without
     * remote settings: its own configuration still works, and the platform sends the settings again.
     */
    public RemoteState load() throws IOException {
        if (!Files.exists(file)) {
            return RemoteState.EMPTY;
        }
        try {
            return json.readValue(Files.readAllBytes(file), RemoteState.class);
        } catch (JacksonException e) {
            Path aside = file.resolveSibling(FILE + ".damaged");
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            log.warn("{} could not be read ({}); set aside as {}", file, e.getOriginalMessage(), aside);
            return RemoteState.EMPTY;
        }
    }

    public void save(RemoteState state) throws IOException {
        AtomicFiles.writeOwnerOnly(file, json.writeValueAsBytes(state));
    }
}
