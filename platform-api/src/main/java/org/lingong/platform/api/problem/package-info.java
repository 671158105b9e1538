/** Error answers (RFC 9457 problem details). */
package org.lingong.platform.api.problem;
