/** The contract shared by the platform server and the kiosk's backend client. */
package org.lingong.platform.api;
