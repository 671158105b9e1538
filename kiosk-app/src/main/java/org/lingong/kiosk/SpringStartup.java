package org.lingong.kiosk;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring context on its own thread, so that it boots while the JavaFX toolkit starts
 * (the start-up recipe of TOOLCHAIN.md). Configuration is read from {@code ./config/kiosk.yml}
 * ({@code spring.config.name=kiosk}) and the command line ({@code --kiosk.window=windowed}).
 */
public final class SpringStartup {

    private static final AtomicReference<SpringStartup> STARTED = new AtomicReference<>();

    private final CompletableFuture<ConfigurableApplicationContext> context = new CompletableFuture<>();

    private SpringStartup() {
    }

    /** Starts the context in the background; {@link #takeStarted()} hands it to the JavaFX application. */
    public static SpringStartup start(List<String> args) {
        SpringStartup startup = new SpringStartup();
        Thread thread = new Thread(() -> startup.run(args.toArray(String[]::new)), "spring-startup");
        thread.setDaemon(true);
        thread.start();
        STARTED.set(startup);
        return startup;
    }

    /** The startup begun by {@link Launcher}, if any; taken once. */
    static Optional<SpringStartup> takeStarted() {
        return Optional.ofNullable(STARTED.getAndSet(null));
    }

    /** Completes with the running context, or exceptionally when the context could not start. */
    public CompletableFuture<ConfigurableApplicationContext> context() {
        return context;
    }

    private void run(String[] args) {
        try {
            context.complete(KioskSpringConfiguration.application().run(args));
        } catch (Throwable e) {
            context.completeExceptionally(e);
        }
    }
}
