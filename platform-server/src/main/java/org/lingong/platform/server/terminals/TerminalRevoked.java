package org.lingong.platform.server.terminals;

/** Published (as a Spring application event) after a terminal was revoked, inside the revoking transaction. */
public record TerminalRevoked(String terminalId, String stationCode) {
}
