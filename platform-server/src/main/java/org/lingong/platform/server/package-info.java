/** The reference central employment platform. */
package org.lingong.platform.server;
