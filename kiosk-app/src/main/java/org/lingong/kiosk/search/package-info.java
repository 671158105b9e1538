/**
 * Job search (找工作): the {@link org.lingong.kiosk.search.JobSearch} port over the offline job catalog (or a
 * demo list), the filters, the pinyin-initial keyboard, result cards, the job detail and the 我要报名 hand-off
 * to the {@link org.lingong.kiosk.search.ReferralStarter} port.
 */
@NullMarked
package org.lingong.kiosk.search;

import org.jspecify.annotations.NullMarked;
