/**
 * A SAM ID-card reader simulator speaking the real wire protocol, with fictional cards of every type
 * and injectable faults (no card, bad checksum, truncated frame, garbage, slow pacing, unplug). It
 * serves an in-memory pipe, a TCP port ({@link org.lingong.devices.sim.SimulatorServer}) or a
 * pseudo-terminal ({@link org.lingong.devices.sim.PtyBridge}).
 */
package org.lingong.devices.idcard.sim;
