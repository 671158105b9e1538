/**
 * The kiosk's client of the employment platform: {@link org.lingong.platform.client.BackendClient} wires the signed API client, terminal identity, durable outbox, offline job catalog and referral tokens. Plain Java: no Spring, no JavaFX; SLF4J for logs.
 */
package org.lingong.platform.client;
