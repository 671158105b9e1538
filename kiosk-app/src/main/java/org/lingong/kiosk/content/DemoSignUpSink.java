package org.lingong.kiosk.content;

import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.events.SignUpTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Off the platform: a sign-up goes nowhere but the log (target and item id only). */
public final class DemoSignUpSink implements SignUpSink {

    private static final Logger log = LoggerFactory.getLogger(DemoSignUpSink.class);

    @Override
    public void send(SignUpTarget target, long itemId, @Nullable String workerRef) {
        log.info("Demo sign-up for {} {} ({}), not sent anywhere", target, itemId,
                workerRef == null ? "anonymous" : "identified worker");
    }
}
