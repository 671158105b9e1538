package org.lingong.kiosk.registration;

/**
 * Port: where a consented registration goes. The backend client's outbox implements it (stored
 * locally first, sent to the platform when online); until then {@link DemoRegistrationSink}.
 *
 * <p>Called on a background thread through the {@link org.lingong.kiosk.executor.TaskExecutor},
 * exactly once per tap on 同意 that succeeds; never before consent. Throws when the registration
 * could not be kept (the worker is told to try again; nothing is half-kept).
 *
 * <p>Returns the kiosk's opaque reference for the worker ({@code w-} + UUID, no personal data), which the
 * session's {@link org.lingong.kiosk.worker.WorkerSession} then carries into referrals.
 */
public interface RegistrationSink {

    String submit(WorkerRegistration registration) throws Exception;
}
