/** Regional content: training, fairs, 直播带岗, service items, announcements. */
package org.lingong.platform.api.content;
