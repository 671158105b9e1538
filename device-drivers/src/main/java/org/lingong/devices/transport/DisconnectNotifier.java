package org.lingong.devices.transport;

/**
 * Implemented by transports that learn of an unplug on their own (jSerialComm's disconnect event, a device file's
 * reader thread hitting end of file), so that an idle device is reported offline at once rather than at its next
 * read or link check.
 */
public interface DisconnectNotifier {

    /**
     * Registers the callback run once when the device vanishes while open (not on {@code close()}). It runs on the
     * transport's own thread and must return quickly: hand work to the owner thread.
     */
    void onDisconnect(Runnable callback);
}
