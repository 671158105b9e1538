/** A wire-level serial scanner simulator: sends scans as payload + suffix, in any charset, optionally in slow chunks. */
package org.lingong.devices.scanner.sim;
