package org.lingong.platform.client;

import java.nio.file.Path;
import java.util.Objects;
import org.lingong.platform.client.http.HttpSettings;
import org.lingong.platform.client.outbox.DispatcherSettings;

/**
 * Everything the backend client needs to start.
 *
 * @param platformUrl   base URL of the platform API, e.g. {@code https://jiuye.example.gov.cn/lingong/}
 * @param dataDirectory the kiosk's data directory (identity, outbox, catalog); only the kiosk user may read it
 * @param appVersion    kiosk software version sent at enrollment and in heartbeats
 */
public record BackendSettings(String platformUrl, Path dataDirectory, String appVersion, HttpSettings http,
                              DispatcherSettings dispatcher) {

    public BackendSettings {
        Objects.requireNonNull(platformUrl, "platformUrl");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        http = http == null ? HttpSettings.defaults() : http;
        dispatcher = dispatcher == null ? DispatcherSettings.defaults() : dispatcher;
    }

    public static BackendSettings of(String platformUrl, Path dataDirectory, String appVersion) {
        return new BackendSettings(platformUrl, dataDirectory, appVersion, null, null);
    }
}
