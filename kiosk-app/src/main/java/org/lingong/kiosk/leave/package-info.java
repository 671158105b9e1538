/**
 * Leaving the kiosk: 返回首页 while someone is identified asks whether to end the session (结束 / 继续), and the 退出
 * button on every screen ends it at once; both end it with the idle timer's wipe.
 */
@NullMarked
package org.lingong.kiosk.leave;

import org.jspecify.annotations.NullMarked;
