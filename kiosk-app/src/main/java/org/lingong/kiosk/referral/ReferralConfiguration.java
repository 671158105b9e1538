package org.lingong.kiosk.referral;

import java.io.IOException;
import java.time.Clock;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.layout.StackPane;

import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.config.CurrentStation;
import org.lingong.kiosk.config.PlatformProperties;
import org.lingong.kiosk.slip.ReferralSlipPdf;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.recognition.WorkerCodeBadgeView;
import org.lingong.kiosk.recognition.WorkerCodeBadgeViewModel;
import org.lingong.kiosk.recognition.WorkerCodePrinter;
import org.lingong.kiosk.recognition.WorkerCodes;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.search.ReferralStarter;
import org.lingong.kiosk.search.SearchViewModel;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.theme.ScreenCorner;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ScreenViewFactory;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.client.BackendClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The referral flow: 我要报名 from the job search ({@link ReferralStarter}), the referral screen, the slip archive in
 * {@code kiosk.platform.data-dir} and the staff reprint port ({@link SlipReprints}). Without a {@link BackendClient}
 * ({@code kiosk.platform.enabled=false}) the screen says that slips need the platform link.
 */
@Configuration(proxyBeanMethods = false)
public class ReferralConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReferralConfiguration.class);

    @Bean(destroyMethod = "close")
    ReferralOffice referralOffice(ObjectProvider<BackendClient> backend, ObjectProvider<PlatformProperties> platform,
            ReceiptPrinterDevice printer, CurrentPrinterProfile profile, StaffAlerts alerts, CurrentStation station,
            Clock clock) throws IOException {
        PlatformProperties settings = platform.getIfAvailable();
        if (settings == null || !settings.enabled()) {
            log.info("Referral slips: no platform link, the referral screen says so");
            return ReferralOffice.withoutPlatform();
        }
        return ReferralOffice.open(backend.getObject(), settings.dataDirectory(), printer,
                profile, alerts, station::name, settings.url(), clock);
    }

    /** The technician's choice of office A4 printer, in the kiosk's data directory. */
    @Bean
    OfficePrinterChoice officePrinterChoice(PlatformProperties platform) {
        return new OfficePrinterChoice(platform.dataDirectory());
    }

    /** Kept slips on A4: printed through CUPS ({@code lp}) or saved as PDFs under {@code slips-pdf/}. */
    @Bean
    A4Slips a4Slips(SlipReprints slips, OfficePrinterChoice choice, PlatformProperties platform) {
        return new A4Slips(slips, new ReferralSlipPdf(), new OfficePrinter(), choice,
                platform.dataDirectory().resolve("slips-pdf"));
    }

    @Bean
    SlipReprints slipReprints(ReferralOffice office) {
        return office.reprints();
    }

    @Bean
    ReferralViewModel referralViewModel(ReferralOffice office, WorkerSession workerSession, TaskExecutor executor,
            ScreenNavigator navigator, ObjectProvider<IdleSession> idle, ObjectProvider<SearchViewModel> search,
            RegistrationViewModel registration) {
        // both lazily: the idle session wipes this view model, and the search hands jobs to it
        ReferralViewModel referral = new ReferralViewModel(office.desk(), workerSession, executor, navigator,
                () -> idle.getObject().endSession(), () -> {
                    search.getObject().closeDetail();
                    navigator.show(Screen.FIND_JOB);
                });
        // the card step names the job of a waiting 我要报名, and its 返回 goes back to that job's detail
        referral.pendingProperty().addListener((obs, old, now) -> {
            if (now == null) {
                registration.applyingFor().clear();
            } else {
                registration.applyingFor().set(now.title(), () -> {
                    referral.cancelPending();
                    navigator.show(Screen.FIND_JOB);
                });
            }
        });
        return referral;
    }

    /**
     * The worker-code QR and 打印登录码, on the registration done step and beside a referral slip that is out or
     * offered again (the slip's worker).
     */
    @Bean
    WorkerCodeBadgeViewModel workerCodeBadgeViewModel(RegistrationViewModel registration, ReferralViewModel referral,
            WorkerCodes codes, WorkerCodePrinter slips, TaskExecutor executor) {
        ObjectBinding<ActiveWorker> slipHolder = Bindings.createObjectBinding(() -> {
            ReferralStage stage = referral.stageProperty().get();
            return stage == ReferralStage.PRINTED || stage == ReferralStage.ALREADY_ISSUED
                    ? referral.workerProperty().get() : null;
        }, referral.stageProperty(), referral.workerProperty());
        return new WorkerCodeBadgeViewModel(registration, slipHolder, codes, slips, executor);
    }

    /** The worker-code slip: the paper width, QR mode and station name in force when each is printed. */
    @Bean
    WorkerCodePrinter workerCodePrinter(ReceiptPrinterDevice printer, CurrentPrinterProfile profile,
            CurrentStation station) {
        return new WorkerCodePrinter(printer, profile, station::name);
    }

    /** The referral screen with the worker-code QR in its corner ({@link ScreenCorner}) once the slip is out or offered again. */
    @Bean
    ScreenViewFactory referralScreen(ReferralViewModel referral, Messages messages, WorkerCodeBadgeViewModel badge,
            Clock clock) {
        return ScreenViewFactory.of(Screen.REFERRAL, () -> {
            WorkerCodeBadgeView code = new WorkerCodeBadgeView(badge, messages);
            StackPane screen = new StackPane(new ReferralView(referral, messages, clock));
            ScreenCorner.place(screen, code);
            return screen;
        });
    }

    @Bean
    ReferralStarter referralStarter(ReferralViewModel referral, TaskExecutor executor) {
        return new SearchReferralStarter(referral, executor);
    }
}
