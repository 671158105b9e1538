/** Kiosk events delivered in idempotent batches (the outbox contract). */
package org.lingong.platform.api.events;
