/**
 * Deterministic, fictional-but-realistic seed data for the reference platform: Inner Mongolia's
 * divisions (GB/T 2260), gig job categories with seasons and 2026 pay ranges, and generators for
 * stations, jobs, courses, fairs, live sessions, service items and announcements.
 *
 * <p>Pure JDK: no Spring, no database. Entry point: {@link org.lingong.platform.server.seed.SeedGenerator}.
 */
package org.lingong.platform.server.seed;
