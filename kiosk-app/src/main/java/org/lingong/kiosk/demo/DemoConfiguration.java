package org.lingong.kiosk.demo;

import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.kiosk.config.DemoProperties;
import org.lingong.kiosk.config.DevicesProperties;
import org.lingong.kiosk.devices.DevicesConfiguration;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.config.KioskProperties;
import org.lingong.kiosk.search.District;
import org.lingong.kiosk.search.JobSearch;
import org.lingong.kiosk.search.PayFilter;
import org.lingong.kiosk.search.SearchCriteria;
import org.lingong.kiosk.search.SearchSort;
import org.lingong.platform.api.jobs.Job;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Demo mode: the in-process simulators (always there, so that any {@code sim:} port works) and the demo panel's
 * panel. Whether the panel's window opens is {@code kiosk.demo.enabled}, read when the app shows the stage (not a
 * bean condition, so that ahead-of-time processed bean definitions stay valid for either setting).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoProperties.class)
public class DemoConfiguration {

    @Bean(destroyMethod = "close")
    DemoSimulators demoSimulators(DevicesProperties devices) {
        return new DemoSimulators(DevicesConfiguration.printerProfile(devices.printer()));
    }

    @Bean
    DemoPanelViewModel demoPanelViewModel(DemoSimulators simulators, ReceiptPrinterDevice printer,
            TaskExecutor executor, JobSearch jobs, KioskProperties kiosk) {
        District city = District.wholeCityOf(kiosk.station().code().substring(3, 9));
        SearchCriteria firstJob = new SearchCriteria(null, city, PayFilter.ANY, null, "", SearchSort.NEWEST, 0, 1);
        return new DemoPanelViewModel(simulators, printer, executor,
                () -> jobs.search(firstJob).jobs().stream().findFirst().map(Job::id));
    }

    @Bean
    DemoPanel demoPanel(DemoProperties demo, DemoPanelViewModel viewModel, Messages messages) {
        return new DemoPanel(demo.enabled(), viewModel, messages);
    }
}
