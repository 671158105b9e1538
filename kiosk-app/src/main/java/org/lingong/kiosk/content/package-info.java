/**
 * The 培训 and 招聘会 screens: the station's training courses, job fairs and 直播带岗 sessions from the platform's
 * content bundle (or a small demo list), upcoming first, with a detail view and an anonymous-by-default sign-up.
 */
@NullMarked
package org.lingong.kiosk.content;

import org.jspecify.annotations.NullMarked;
