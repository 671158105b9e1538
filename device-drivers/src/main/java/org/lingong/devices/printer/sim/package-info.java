/**
 * A wire-level ESC/POS printer simulator: interprets the host's bytes into receipts (plain-text
 * transcript and PNG image) and answers real-time status from an injectable state.
 */
package org.lingong.devices.printer.sim;
