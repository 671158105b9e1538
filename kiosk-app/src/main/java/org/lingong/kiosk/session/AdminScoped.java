package org.lingong.kiosk.session;

/**
 * State of the staff's and the technician's screens. Besides every session end ({@link #clearSession()}), it is
 * cleared when staff leave their screens and go back to the worker they came to help, whose session goes on: nothing
 * the staff saw may stay behind for the worker.
 */
public interface AdminScoped extends SessionScoped {
}
