package org.lingong.kiosk.platform;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.lingong.kiosk.config.PlatformProperties;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.BackendSettings;
import org.lingong.platform.client.http.HttpSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Opens the platform client (identity, outbox and catalog files, HTTP client: about 0.1 s of a start) on its own
 * thread as soon as the configuration has been read, while Spring goes on to create the beans, so that the start's
 * critical path (the context, then the first frame) no longer includes it. {@link PlatformConfiguration}'s
 * {@code backendClient} takes the client opened here ({@link #take}); it opens one itself when none was started here,
 * the opening failed, or the settings it was opened with are not the bean's. The client is the bean's once taken
 * (closed by its destroy method); one never taken is closed with the context.
 */
public final class BackendClientOpening implements DisposableBean {

    static final String BEAN_NAME = "backendClientOpening";
    private static final Logger log = LoggerFactory.getLogger(BackendClientOpening.class);

    private final CompletableFuture<Optional<Opened>> opened = new CompletableFuture<>();
    private final AtomicBoolean taken = new AtomicBoolean();

    private record Opened(PlatformProperties properties, BackendClient client) {
    }

    private BackendClientOpening() {
    }

    /**
     * Starts the opening when the context is prepared (the remote settings overlay is in place by then), unless the
     * kiosk is off the platform or this is Spring's AOT processing at build time (which must open nothing).
     */
    public static ApplicationContextInitializer<ConfigurableApplicationContext> early() {
        return context -> {
            ConfigurableEnvironment environment = context.getEnvironment();
            if (Boolean.getBoolean("spring.aot.processing")
                    || !environment.getProperty("kiosk.platform.enabled", Boolean.class, true)) {
                return;
            }
            BackendClientOpening opening = new BackendClientOpening();
            Thread thread = new Thread(() -> opening.open(environment), "platform-client-open");
            thread.setDaemon(true);
            thread.start();
            ConfigurableListableBeanFactory beans = context.getBeanFactory();
            beans.registerSingleton(BEAN_NAME, opening);
            if (beans instanceof DefaultSingletonBeanRegistry registry) {
                registry.registerDisposableBean(BEAN_NAME, opening);
            }
        };
    }

    /** Opens the client as the bean does; used by the bean itself when nothing was opened early. */
    static BackendClient open(PlatformProperties properties) throws IOException {
        HttpSettings http = properties.trustedCaIfAny().map(HttpSettings.defaults()::withTrustedCa)
                .orElse(HttpSettings.defaults());
        return BackendClient.open(new BackendSettings(properties.url(), properties.dataDirectory(),
                PlatformConfiguration.APP_VERSION, http, null), Clock.systemUTC());
    }

    /**
     * The client opened early for these properties (waits until the opening has finished), once; empty when the
     * opening failed or used other settings (then nothing of it stays open).
     */
    Optional<BackendClient> take(PlatformProperties properties) {
        if (!taken.compareAndSet(false, true)) {
            return Optional.empty();
        }
        Optional<Opened> result = opened.join();
        if (result.isPresent() && !result.get().properties().equals(properties)) {
            result.get().client().close();
            return Optional.empty();
        }
        return result.map(Opened::client);
    }

    /** Closes a client that was opened here and never taken by the bean. */
    @Override
    public void destroy() {
        if (taken.compareAndSet(false, true)) {
            opened.join().ifPresent(result -> result.client().close());
        }
    }

    private void open(ConfigurableEnvironment environment) {
        try {
            PlatformProperties properties = Binder.get(environment)
                    .bindOrCreate("kiosk.platform", PlatformProperties.class);
            opened.complete(Optional.of(new Opened(properties, open(properties))));
        } catch (IOException | RuntimeException e) {
            // the bean opens the client again and reports the failure with the context's usual message
            log.debug("Platform client not opened early: {}", e.toString());
        } finally {
            opened.complete(Optional.empty()); // whatever went wrong (an Error too): the bean must never wait forever
        }
    }
}
