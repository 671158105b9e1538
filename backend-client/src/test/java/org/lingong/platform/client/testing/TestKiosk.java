package org.lingong.platform.client.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.lingong.platform.client.enrollment.Enrollment;
import org.lingong.platform.client.enrollment.IdentityStore;
import org.lingong.platform.client.enrollment.TerminalIdentity;
import org.lingong.platform.client.http.HttpSettings;
import org.lingong.platform.client.http.PlatformClient;
import org.lingong.testing.platform.PlatformUnderTest;
import org.lingong.testing.platform.Station;


/** An enrolled kiosk for tests: a client signing as a freshly enrolled terminal, its data directory. */
public record TestKiosk(PlatformClient client, TerminalIdentity identity, Path dataDirectory) implements AutoCloseable {

    public static TestKiosk enroll(PlatformUnderTest platform, Station station, Path dataDirectory) {
        return enroll(platform, platform.url(), station, dataDirectory, HttpSettings.defaults());
    }

    /** Enrolls through {@code url} (the platform itself or a proxy in front of it). */
    public static TestKiosk enroll(PlatformUnderTest platform, String url, Station station, Path dataDirectory, HttpSettings settings) {
        PlatformClient client = PlatformClient.create(url, settings);
        try {
            TerminalIdentity identity = new Enrollment(client, new IdentityStore(dataDirectory), Clock.systemUTC())
                    .enroll(station.code(), platform.enrollmentCode(station), "test-kiosk");
            return new TestKiosk(client, identity, dataDirectory);
        } catch (Exception e) {
            client.close();
            throw new IllegalStateException("test enrollment failed", e);
        }
    }

    public String terminalId() {
        return identity.terminalId();
    }

    @Override
    public void close() {
        client.close();
    }
}
