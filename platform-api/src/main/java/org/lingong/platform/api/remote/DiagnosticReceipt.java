package org.lingong.platform.api.remote;

/** The platform's answer to an uploaded {@link DiagnosticBundle}: the id it is stored under. */
public record DiagnosticReceipt(long id) {
}
