/**
 * The durable, encrypted outbox (SQLite, WAL, synchronous=FULL, AES-GCM payloads) and its dispatcher to the idempotent batch endpoint.
 */
package org.lingong.platform.client.outbox;
