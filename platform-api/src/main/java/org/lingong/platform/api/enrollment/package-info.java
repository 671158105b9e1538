/** Terminal enrollment: one-time codes and the enrollment exchange. */
package org.lingong.platform.api.enrollment;
