package org.lingong.kiosk;

import org.lingong.kiosk.alert.AlertConfiguration;
import org.lingong.kiosk.attract.AttractConfiguration;
import org.lingong.kiosk.callstaff.CallStaffConfiguration;
import org.lingong.kiosk.card.CardConfiguration;
import org.lingong.kiosk.appointment.AppointmentConfiguration;
import org.lingong.kiosk.content.ContentConfiguration;
import org.lingong.kiosk.config.KioskProperties;
import org.lingong.kiosk.demo.DemoConfiguration;
import org.lingong.kiosk.devices.DevicesConfiguration;
import org.lingong.kiosk.funnel.FunnelConfiguration;
import org.lingong.kiosk.platform.PlatformConfiguration;
import org.lingong.kiosk.policy.PolicyConfiguration;
import org.lingong.kiosk.rating.RatingConfiguration;
import org.lingong.kiosk.recognition.RecognitionConfiguration;
import org.lingong.kiosk.referral.ReferralConfiguration;
import org.lingong.kiosk.registration.RegistrationConfiguration;
import org.lingong.kiosk.remote.RemoteConfiguration;
import org.lingong.kiosk.scan.ScanConfiguration;
import org.lingong.kiosk.search.SearchConfiguration;
import org.lingong.kiosk.shell.ShellConfiguration;
import org.lingong.kiosk.staff.StaffConfiguration;
import org.lingong.kiosk.status.StatusConfiguration;
import org.lingong.kiosk.survey.SurveyConfiguration;
import org.lingong.kiosk.technician.TechnicianConfiguration;
import org.lingong.kiosk.worker.WorkerConfiguration;
import org.lingong.kiosk.inclusion.InclusionConfiguration;
import org.lingong.kiosk.leave.LeaveConfiguration;
import org.lingong.kiosk.notice.NoticeConfiguration;
import org.lingong.kiosk.watchdog.WatchdogConfiguration;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The kiosk's Spring context: feature configurations imported explicitly, no component scan and no
 * auto-configuration (nothing here needs them, and both cost start-up time on a 2-core kiosk).
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(KioskProperties.class)
@Import({ShellConfiguration.class, AttractConfiguration.class, StatusConfiguration.class, NoticeConfiguration.class,
        DevicesConfiguration.class, DemoConfiguration.class, RegistrationConfiguration.class, PlatformConfiguration.class,
        SearchConfiguration.class, WorkerConfiguration.class, AlertConfiguration.class,
        RecognitionConfiguration.class, CardConfiguration.class, ScanConfiguration.class,
        ReferralConfiguration.class, StaffConfiguration.class,
        TechnicianConfiguration.class, ContentConfiguration.class, LeaveConfiguration.class,
        InclusionConfiguration.class, WatchdogConfiguration.class, RemoteConfiguration.class,
        AppointmentConfiguration.class,
        CallStaffConfiguration.class, FunnelConfiguration.class, RatingConfiguration.class, SurveyConfiguration.class,
        PolicyConfiguration.class})
public class KioskSpringConfiguration {

    /** The kiosk's Spring application: no web server, no banner, configuration from {@code kiosk.yml}. */
    static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(KioskSpringConfiguration.class)
                .main(KioskSpringConfiguration.class)
                .web(WebApplicationType.NONE)
                .headless(false)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("spring.config.name=kiosk")
                .initializers(RemoteConfiguration.settingsOverlay());
    }

    /**
     * Starts the Spring context alone, without any UI. Not the kiosk's entry point ({@link Launcher}
     * is): Spring AOT processing runs this at build time to pre-compute the bean definitions.
     */
    public static void main(String[] args) {
        application().run(args);
    }
}
