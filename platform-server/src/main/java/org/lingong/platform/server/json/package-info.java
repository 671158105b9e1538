/** How the platform reads JSON text: no control characters in any string of any request. */
package org.lingong.platform.server.json;
