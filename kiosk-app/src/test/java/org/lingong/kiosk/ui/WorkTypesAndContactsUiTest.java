package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.printer.sim.PrintedReceipt;
import org.lingong.devices.printer.sim.SimulatedPrinterState;
import org.lingong.kiosk.platform.PlatformContent;
import org.lingong.kiosk.referral.ReferralStage;
import org.lingong.kiosk.referral.ReferralViewModel;
import org.lingong.kiosk.worktype.DemoJobCategorySource;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.search.JobSearch;
import org.lingong.kiosk.search.SearchViewModel;
import org.lingong.platform.api.content.ContactPolicy;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.content.WorkCategory;
import org.lingong.testing.platform.PlatformUnderTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With the real platform over HTTP: registration's 想做的工作 and search's 工种 are the platform's one work-type list
 * (seasonal pastoral work included), and the job detail and the printed slip show whom to call by the region's
 * contact policy from the content bundle: the employer's number in full when open, the station's phone when gated.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkTypesAndContactsUiTest {

    private static final String STATION = PlatformUnderTest.DEMO_STATION;
    private static final String STATION_PHONE = "0471-6900001";

    @RegisterExtension
    static final KioskOnPlatform both = new KioskOnPlatform("--kiosk.station.phone=" + STATION_PHONE);

    @BeforeAll
    static void platformContentArrived() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> both.kiosk().bean(PlatformContent.class).workCategories().isPresent());
    }

    @Test
    @Order(1)
    void registrationAndSearchOfferThePlatformsOneListOfWorkTypes() throws Exception {
        List<WorkCategory> platformList = both.kiosk().bean(PlatformContent.class).workCategories().orElseThrow();
        both.kiosk().freshSession();
        both.journey().placeCard(FictionalCards.MONGOLIAN_WORKER);
        both.journey().toWorkTypes();

        List<String> registrationCodes = RunningKiosk.onFx(() -> both.kiosk().bean(RegistrationViewModel.class).categories()
                .stream().map(c -> c.code()).toList());
        assertThat(registrationCodes).containsExactlyElementsOf(platformList.stream().map(WorkCategory::code).toList());
        assertThat(new DemoJobCategorySource().categories()).as("the bundled copy used offline is the same list")
                .extracting(c -> c.code() + " " + c.chineseName() + " " + c.englishName())
                .containsExactlyElementsOf(platformList.stream()
                        .map(c -> c.code() + " " + c.name() + " " + c.englishName()).toList());
        List<String> firstPage = both.kiosk().robot.lookup("#category-tiles .button").<Button>queryAll().stream()
                .map(Button::getId).toList();
        assertThat(firstPage).containsExactlyElementsOf(platformList.subList(0, RegistrationViewModel.CATEGORIES_PER_PAGE)
                .stream().map(c -> "category-" + c.code()).toList());
        String shearing = code(platformList, "剪羊毛");
        for (int page = 1; page < 5 && both.kiosk().robot.lookup("#category-" + shearing).tryQuery().isEmpty(); page++) {
            both.kiosk().robot.clickOn("#category-page-next");
        }
        both.kiosk().robot.clickOn("#category-" + shearing);
        both.kiosk().robot.clickOn("#category-" + code(platformList, "挤奶工"));
        both.kiosk().snapshot("registration-3-jobs-platform-list-pastoral");

        List<String> searchCategories = both.kiosk().bean(JobSearch.class).categories();
        assertThat(searchCategories).containsAll(platformList.stream().map(WorkCategory::name).toList())
                .contains("剪羊毛", "挤奶工", "放牧/羊倌")
                .hasSize(platformList.size());
    }

    @Test
    @Order(2)
    void openContactShowsAndPrintsTheEmployersNumberInFullGatedShowsTheStationsPhone() throws Exception {
        both.kiosk().freshSession();
        both.journey().simulators().printer().setState(SimulatedPrinterState.ONLINE);
        both.journey().placeCard(FictionalCards.RESIDENT);
        both.journey().registerByTaps("G101");
        both.kiosk().robot.clickOn("#registration-find-work");
        Job shown = both.journey().openFirstJob();
        Job atPlatform = both.journey().backend().catalog().job(shown.id()).orElseThrow();
        assertThat(both.kiosk().bean(PlatformContent.class).contactPolicy()).isEqualTo(ContactPolicy.OPEN);
        assertThat(both.journey().text("#search-detail-phone"))
                .isEqualTo(atPlatform.contactName() + "  " + atPlatform.contactPhone()).doesNotContain("*");

        both.platform().setContactPolicy(STATION.substring(3, 7), ContactPolicy.GATED);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> both.kiosk().bean(PlatformContent.class).contactPolicy() == ContactPolicy.GATED);
        RunningKiosk.onFx(() -> {
            search().closeDetail();
            return null;
        });
        Job gated = both.journey().openFirstJob();
        assertThat(both.journey().text("#search-detail-phone")).isEqualTo("测试驿站  " + STATION_PHONE);
        both.kiosk().snapshot("search-3-detail-gated-contact");

        int printedBefore = both.journey().simulators().printer().receipts().size();
        both.kiosk().robot.clickOn("#search-apply");
        both.kiosk().waitUntil(() -> referral().stageProperty().get() == ReferralStage.CONFIRM);
        both.kiosk().robot.clickOn("#referral-confirm");
        both.kiosk().waitUntil(() -> referral().stageProperty().get() == ReferralStage.PRINTED);
        PrintedReceipt receipt = both.journey().simulators().printer().awaitReceipt(printedBefore + 1, Duration.ofSeconds(20))
                .orElseThrow();
        assertThat(receipt.transcript()).contains("联系人：测试驿站 " + STATION_PHONE)
                .doesNotContain(atPlatform.contactPhone());
        assertThat(gated.id()).isEqualTo(atPlatform.id());
        both.kiosk().robot.clickOn("#referral-finish");
        both.platform().setContactPolicy(STATION.substring(3, 7), ContactPolicy.OPEN);
    }

    private static String code(List<WorkCategory> list, String name) {
        return list.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().code();
    }

    private static SearchViewModel search() {
        return both.kiosk().bean(SearchViewModel.class);
    }

    private static ReferralViewModel referral() {
        return both.kiosk().bean(ReferralViewModel.class);
    }
}
