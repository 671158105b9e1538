/**
 * Terminal enrollment: Ed25519 key generation, the enrollment exchange and the identity files (mode 600).
 */
package org.lingong.platform.client.enrollment;
