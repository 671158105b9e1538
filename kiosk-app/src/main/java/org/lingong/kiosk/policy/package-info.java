/**
 * 政策: policy pages pushed from the platform in the content bundle (title, summary in plain words, who qualifies,
 * what to bring, where to go), found with the job search's pinyin-initial keyboard, each with a QR to its full text.
 */
@NullMarked
package org.lingong.kiosk.policy;

import org.jspecify.annotations.NullMarked;
