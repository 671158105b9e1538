package org.lingong.kiosk.notice;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.shell.ShellExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Calm notices: their view model (every feature may post one) and their overlay above the screens. */
@Configuration(proxyBeanMethods = false)
public class NoticeConfiguration {

    /** Overlays in the shell, lowest first: notices under the leave question. */
    public static final int OVERLAY_ORDER = 10;

    @Bean
    NoticeViewModel noticeViewModel() {
        return new NoticeViewModel();
    }

    @Bean
    ShellExtension noticeOverlay(NoticeViewModel notices, Messages messages) {
        return ShellExtension.of(OVERLAY_ORDER, (shell, scene) -> shell.addOverlay(new NoticeView(notices, messages)));
    }
}
