package org.lingong.kiosk.platform;

import org.lingong.platform.api.remote.SignedOrders;

/**
 * Port: who takes the platform's signed remote orders (the remote feature implements it). Called on the platform
 * connection's thread.
 */
public interface RemoteOrdersListener {

    /** Once, when the connection is made: apply what was accepted before the last restart. */
    void applyStored();

    /** The orders of one heartbeat answer. */
    void handle(SignedOrders orders);
}
