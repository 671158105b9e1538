package org.lingong.kiosk.policy;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ScreenViewFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The 政策 screen; its port {@link PolicySource} comes from the platform configuration. */
@Configuration(proxyBeanMethods = false)
public class PolicyConfiguration {

    @Bean
    PolicyViewModel policyViewModel(PolicySource source, TaskExecutor executor, Messages messages) {
        return new PolicyViewModel(source, executor, messages);
    }

    @Bean
    ScreenViewFactory policyScreen(PolicyViewModel policies, Messages messages, ScreenNavigator navigator) {
        return ScreenViewFactory.of(Screen.POLICY, () -> new PolicyView(policies, messages, navigator::goHome),
                policies::load);
    }
}
