/** Worker identity rules shared by drivers, kiosk and platform: the ID numbers of every card the reader decodes (GB 11643). */
package org.lingong.platform.api.workers;
