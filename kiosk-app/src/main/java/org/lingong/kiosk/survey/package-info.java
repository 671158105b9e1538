/**
 * 就业状态核实 (摸排): a returning worker is asked, at most once per configured period and in one skippable card,
 * whether their employment situation changed; the answer goes to the platform as {@code EMPLOYMENT_STATUS_CHECKED}.
 */
@NullMarked
package org.lingong.kiosk.survey;

import org.jspecify.annotations.NullMarked;
