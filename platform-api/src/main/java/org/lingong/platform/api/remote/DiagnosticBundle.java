package org.lingong.platform.api.remote;

/**
 * A terminal's redacted diagnostic bundle ({@code POST /api/v1/diagnostics}).
 *
 * @param commandId the {@link CommandKind#UPLOAD_DIAGNOSTICS} command it answers, or null
 * @param text      UTF-8 text, at most {@link RemoteProtocol#MAX_DIAGNOSTIC_BYTES} bytes, no ID numbers, names or phones
 */
public record DiagnosticBundle(java.util.UUID commandId, String text) {
}
