/** Statistics per station and day, including the policy figures. */
package org.lingong.platform.api.stats;
