/** Operations: the request id in every log line of a request (MDC) and who may read the actuator endpoints. */
package org.lingong.platform.server.ops;
