/**
 * The real reference platform run inside a test JVM ({@link org.lingong.testing.platform.PlatformUnderTest}), its
 * operator API and the console's form login, as the modules that talk to the platform test against it.
 */
package org.lingong.testing.platform;
