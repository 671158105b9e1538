/**
 * The device life cycle shared by every driver: {@link org.lingong.devices.lifecycle.ManagedDevice} owns one port
 * with one owner thread, runs operations and periodic tasks on it, publishes status events and reconnects with
 * backoff after an unplug.
 */
package org.lingong.devices.lifecycle;
