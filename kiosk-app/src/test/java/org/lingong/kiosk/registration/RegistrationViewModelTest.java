package org.lingong.kiosk.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.platform.api.privacy.Masking;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.session.SessionWiper;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.testing.MutableClock;
import org.lingong.kiosk.testing.QueuedTaskExecutor;
import org.lingong.kiosk.worktype.JobCategory;

/** Every registration step, synchronously: validation, selection, the consent gate, back, and the wipe. */
class RegistrationViewModelTest {

    private static final String NAME = "王示例";
    private static final String ID = "110101199003071233";
    private static final String PHONE = "13812345678";
    private static final List<JobCategory> CATEGORIES = List.of(
            new JobCategory("G101", "建筑小工", "Construction helper"),
            new JobCategory("G205", "保洁", "Cleaning"),
            new JobCategory("G601", "剪羊毛", null));

    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T01:00:00Z");
    private final Messages messages = new Messages(KioskLanguage.ZH_CN);
    private final ScreenNavigator navigator = new ScreenNavigator();
    private final List<WorkerRegistration> kept = new ArrayList<>();
    private final RegistrationSink recordingSink = registration -> {
        kept.add(registration);
        return "w-test-" + kept.size();
    };

    private RegistrationViewModel viewModel(RegistrationSink sink, TaskExecutor executor) {
        return new RegistrationViewModel(() -> CATEGORIES, sink, executor, navigator, messages, clock, 3);
    }

    private RegistrationViewModel viewModel() {
        return viewModel(recordingSink, new CurrentThreadTaskExecutor());
    }

    @Test
    void cardStartShowsOnlyMaskedNameAndIdWithGenderNationAndBirthDate() {
        RegistrationViewModel vm = viewModel();

        vm.startWithCard(FictionalCards.RESIDENT);

        assertThat(navigator.current()).isEqualTo(Screen.REGISTER);
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.CARD);
        assertThat(vm.progressText().get()).isEqualTo("第 1 步，共 5 步");
        assertThat(vm.card().maskedName().get()).isEqualTo("王*例");
        assertThat(vm.card().maskedIdNumber().get()).isEqualTo("110***********1233");
        assertThat(vm.card().gender().get()).isEqualTo("男");
        assertThat(vm.card().nation().get()).isEqualTo("汉族");
        assertThat(vm.card().birthYear().get()).as("the year only: the whole date is 8 digits of the ID number")
                .isEqualTo("1990年");
        assertThat(PersonalDataScan.find(vm, NAME, ID)).as("unmasked card data reachable only inside the draft")
                .isNotEmpty().allMatch(finding -> finding.contains(".draft.") || finding.contains(".identity."));
    }

    @Test
    void tappingRegisterWithoutACardAsksForTheCardAndBackGoesHome() {
        RegistrationViewModel vm = viewModel();

        navigator.show(Screen.REGISTER);

        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.WAITING_FOR_CARD);
        assertThat(vm.progressText().get()).isEmpty();
        vm.back();
        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void afterWoYaoBaoMingBackOnTheCardStepGoesBackToTheJobOnceAndTheSessionEndForgetsIt() {
        RegistrationViewModel vm = viewModel();
        java.util.concurrent.atomic.AtomicInteger backToJob = new java.util.concurrent.atomic.AtomicInteger();
        vm.applyingFor().set("小区保洁员", () -> {
            backToJob.incrementAndGet();
            navigator.show(Screen.FIND_JOB);
        });
        navigator.show(Screen.REGISTER);
        assertThat(vm.applyingFor().jobTitleProperty().get()).isEqualTo("小区保洁员");

        vm.back();

        assertThat(backToJob).hasValue(1);
        assertThat(navigator.current()).isEqualTo(Screen.FIND_JOB);
        assertThat(vm.applyingFor().jobTitleProperty().get()).as("used once").isEmpty();
        navigator.show(Screen.REGISTER);
        vm.back();
        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
        assertThat(backToJob).hasValue(1);

        vm.applyingFor().set("小区保洁员", () -> backToJob.incrementAndGet());
        vm.clearSession();
        assertThat(vm.applyingFor().jobTitleProperty().get()).isEmpty();
    }

    @Test
    void staffCanStartWithoutACardAtThePhoneStepAndBackLeaves() {
        RegistrationViewModel vm = viewModel();

        vm.startWithoutCardByStaff();

        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.PHONE);
        assertThat(vm.card().maskedName().get()).isEmpty();
        vm.back();
        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void phoneStepSaysWhatToFixAndOnlyAValidNumberMovesOn() {
        RegistrationViewModel vm = atPhoneStep();

        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.PHONE);
        assertThat(vm.problemProperty().get()).contains("还没有输入手机号");

        type(vm, "12");
        vm.next();
        assertThat(vm.problemProperty().get()).contains("第二位应该是 3 到 9");

        vm.phone().clear();
        assertThat(vm.problemProperty().get()).as("fixing the number clears the message").isEmpty();
        type(vm, "1381234");
        vm.next();
        assertThat(vm.problemProperty().get()).contains("11 位").contains("不够");

        type(vm, "5678");
        assertThat(vm.phone().displayProperty().get()).isEqualTo("138 1234 5678");
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.JOBS);
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.phone().displayProperty().get()).as("masked once entered").isEqualTo("138****5678");
    }

    @Test
    void problemTextFollowsTheLanguage() {
        RegistrationViewModel vm = atPhoneStep();
        vm.next();

        messages.select(KioskLanguage.EN);

        assertThat(vm.problemProperty().get()).isEqualTo("No number yet: tap the digits on the right.");
        assertThat(vm.progressText().get()).isEqualTo("Step 2 of 5");
    }

    @Test
    void categoriesAreMultiSelectAndTapAgainUndoes() {
        RegistrationViewModel vm = atJobsStep();
        assertThat(vm.categories()).containsExactlyElementsOf(CATEGORIES);

        vm.next();
        assertThat(vm.problemProperty().get()).isEqualTo("请至少选一种想做的工作。");

        vm.toggleCategory("G601");
        vm.toggleCategory("G101");
        vm.toggleCategory("G205");
        vm.toggleCategory("G205");

        assertThat(vm.selectedCategories()).containsExactlyInAnyOrder("G101", "G601");
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.PREFERENCES);
    }

    @Test
    void preferencesNeedPayStartAndStatusEachNamedWhenMissing() {
        RegistrationViewModel vm = atPreferencesStep();

        vm.next();
        assertThat(vm.problemProperty().get()).contains("期望工资");
        vm.choosePay(PayExpectation.FROM_200_TO_300);
        vm.next();
        assertThat(vm.problemProperty().get()).contains("什么时候能上班");
        vm.chooseAvailability(Availability.TOMORROW);
        vm.next();
        assertThat(vm.problemProperty().get()).contains("就业状态");
        vm.chooseStatus(EmploymentStatus.UNEMPLOYED);
        vm.next();

        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.CONSENT);
        assertThat(vm.consentText().get()).contains("最长 3 年", "身份证号", "就业统计", "驿站工作人员");
        assertThat(kept).as("nothing is kept before consent").isEmpty();
    }

    @Test
    void agreeHandsExactlyOneRegistrationToTheSinkAndShowsAMaskedSummary() {
        RegistrationViewModel vm = atConsentStep();

        vm.agree();
        vm.agree();

        assertThat(kept).hasSize(1);
        WorkerRegistration registration = kept.get(0);
        assertThat(registration.identity()).get().extracting(CardIdentity::documentNumber).isEqualTo(ID);
        assertThat(registration.phone()).isEqualTo(PHONE);
        assertThat(registration.jobCategoryCodes()).containsExactly("G101", "G601");
        assertThat(registration.status()).isEqualTo(EmploymentStatus.UNEMPLOYED);
        assertThat(registration.consentedAt()).isEqualTo(clock.instant());
        assertThat(registration.consentVersion()).isEqualTo("consent-v1/3y");
        assertThat(registration.toString()).doesNotContain(NAME, ID, PHONE);

        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.DONE);
        assertThat(vm.progressText().get()).as("登记完成 is no step of 5 (a pending 我要报名 skips it)").isEmpty();
        assertThat(vm.registeredWorkerProperty().get())
                .as("the session learns who registered, masked, by the sink's reference")
                .isEqualTo(new org.lingong.kiosk.worker.ActiveWorker("w-test-1", "王*例", Masking.idNumber(ID),
                        List.of("G101", "G601")));
        assertThat(vm.summary().get()).contains("王*例", "138****5678", "建筑小工、剪羊毛", "200–300", "明天", "失业人员")
                .doesNotContain(NAME, PHONE);
        vm.findWork();
        assertThat(navigator.current()).isEqualTo(Screen.FIND_JOB);
    }

    @Test
    void disagreeAsksFirstAndBackKeepsEveryAnswer() {
        RegistrationViewModel vm = atConsentStep();

        vm.disagree();

        assertThat(vm.declineAskedProperty().get()).isTrue();
        assertThat(navigator.current()).isEqualTo(Screen.REGISTER);
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.CONSENT);
        assertThat(vm.card().maskedName().get()).as("nothing wiped before the answer").isEqualTo("王*例");
        assertThat(messages.get("registration.consent.decline.question")).isEqualTo("不同意将不登记，您的信息将被清除");

        vm.keepConsenting();

        assertThat(vm.declineAskedProperty().get()).isFalse();
        assertThat(vm.phone().digits()).isEqualTo(PHONE);
        vm.agree();
        assertThat(kept).as("consent still possible after 返回").hasSize(1);
    }

    @Test
    void confirmedDisagreeSendsNothingAndEndsTheSessionAsTheIdleTimeoutDoes() {
        List<RegistrationViewModel> holder = new ArrayList<>();
        int[] ends = {0};
        RegistrationViewModel vm = new RegistrationViewModel(() -> CATEGORIES, recordingSink, new CurrentThreadTaskExecutor(),
                navigator, messages, clock, 3, () -> {
                    ends[0]++;
                    new SessionWiper(List.copyOf(holder)).wipe();
                });
        holder.add(vm);
        walkToConsent(vm);

        vm.confirmDisagree();
        assertThat(ends[0]).as("not asked yet: nothing ends").isZero();
        vm.disagree();
        vm.confirmDisagree();

        assertThat(ends[0]).isEqualTo(1);
        assertThat(kept).isEmpty();
        assertThat(vm.declineAskedProperty().get()).isFalse();
        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
        assertNothingPersonalLeft(vm);
    }

    @Test
    void withoutASessionToEndConfirmedDisagreeStillWipesTheAnswersAndReturnsHome() {
        RegistrationViewModel vm = atConsentStep();

        vm.disagree();
        vm.confirmDisagree();

        assertThat(kept).isEmpty();
        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
        assertNothingPersonalLeft(vm);
    }

    @Test
    void aFailingSinkKeepsTheWorkerOnConsentWithAMessageAndARetryWorks() {
        List<WorkerRegistration> flaky = new ArrayList<>();
        boolean[] fail = {true};
        RegistrationViewModel vm = viewModel(registration -> {
            if (fail[0]) {
                throw new java.io.IOException("outbox disk full");
            }
            flaky.add(registration);
            return "w-flaky";
        }, new CurrentThreadTaskExecutor());
        walkToConsent(vm);

        vm.agree();
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.CONSENT);
        assertThat(vm.problemProperty().get()).contains("没能保存");
        assertThat(vm.submittingProperty().get()).isFalse();

        fail[0] = false;
        vm.agree();
        assertThat(flaky).hasSize(1);
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.DONE);
    }

    @Test
    void backWalksEveryStepInReverseKeepingTheAnswers() {
        RegistrationViewModel vm = atConsentStep();

        vm.back();
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.PREFERENCES);
        assertThat(vm.payProperty().get()).isEqualTo(PayExpectation.FROM_200_TO_300);
        vm.back();
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.JOBS);
        assertThat(vm.selectedCategories()).containsExactlyInAnyOrder("G101", "G601");
        vm.back();
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.PHONE);
        assertThat(vm.phone().displayProperty().get()).isEqualTo("138****5678");
        vm.back();
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.CARD);
        vm.back();
        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
        assertNothingPersonalLeft(vm);
        assertThat(kept).isEmpty();
    }

    @Test
    void sessionWipeMidFormLeavesNoPersonalDataReachable() {
        RegistrationViewModel vm = atConsentStep();

        vm.clearSession();

        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
        assertNothingPersonalLeft(vm);
        assertThat(kept).isEmpty();
    }

    @Test
    void sessionWipeAfterRegistrationClearsTheSummaryToo() {
        RegistrationViewModel vm = atConsentStep();
        vm.agree();

        vm.clearSession();

        assertThat(vm.summary().get()).isEmpty();
        assertNothingPersonalLeft(vm);
        assertThat(kept).hasSize(1);
    }

    @Test
    void aSinkResultArrivingAfterTheWipeDoesNotReviveTheForm() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        RegistrationViewModel vm = viewModel(recordingSink, executor);
        vm.startWithCard(FictionalCards.RESIDENT);
        vm.next();
        type(vm, PHONE);
        vm.next();
        executor.runAll();
        vm.toggleCategory("G101");
        vm.next();
        vm.choosePay(PayExpectation.NEGOTIABLE);
        vm.chooseAvailability(Availability.TODAY);
        vm.chooseStatus(EmploymentStatus.OTHER);
        vm.next();
        vm.agree();

        vm.clearSession();
        executor.runAll();

        assertThat(kept).as("the worker consented before the wipe").hasSize(1);
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.WAITING_FOR_CARD);
        assertNothingPersonalLeft(vm);
    }

    @Test
    void theSameCardAgainMidFormKeepsTheAnswersAnotherCardStartsOver() {
        RegistrationViewModel vm = atJobsStep();
        vm.toggleCategory("G101");

        vm.startWithCard(FictionalCards.RESIDENT);
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.JOBS);
        assertThat(vm.selectedCategories()).containsExactly("G101");

        vm.startWithCard(FictionalCards.RESIDENT_LONG_TERM);
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.CARD);
        assertThat(vm.selectedCategories()).isEmpty();
        assertThat(vm.card().maskedName().get()).isEqualTo("李*试");
        assertThat(vm.card().gender().get()).isEqualTo("女");
    }

    @Test
    void demoSinkKeepsOnlyCountsAndMaskedValues() {
        DemoRegistrationSink demo = new DemoRegistrationSink();
        RegistrationViewModel vm = viewModel(demo, new CurrentThreadTaskExecutor());
        walkToConsent(vm);

        vm.agree();

        assertThat(demo.count()).isEqualTo(1);
        assertThat(demo.maskedSummaries()).singleElement().asString()
                .contains("王*例", "110***********1233", "138****5678").doesNotContain(NAME, ID, PHONE);
        assertThat(PersonalDataScan.find(demo, NAME, ID, PHONE)).isEmpty();
    }

    // ---- helpers ----

    private void assertNothingPersonalLeft(RegistrationViewModel vm) {
        assertThat(vm.card().maskedName().get()).isEmpty();
        assertThat(vm.card().maskedIdNumber().get()).isEmpty();
        assertThat(vm.card().birthYear().get()).isEmpty();
        assertThat(vm.phone().digits()).isEmpty();
        assertThat(vm.phone().displayProperty().get()).isEmpty();
        assertThat(vm.selectedCategories()).isEmpty();
        assertThat(vm.payProperty().get()).isNull();
        assertThat(vm.availabilityProperty().get()).isNull();
        assertThat(vm.statusProperty().get()).isNull();
        assertThat(vm.summary().get()).isEmpty();
        assertThat(PersonalDataScan.find(vm, NAME, ID, PHONE, "王*例", "138****5678")).isEmpty();
    }

    private RegistrationViewModel atPhoneStep() {
        RegistrationViewModel vm = viewModel();
        vm.startWithCard(FictionalCards.RESIDENT);
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.PHONE);
        return vm;
    }

    private RegistrationViewModel atJobsStep() {
        RegistrationViewModel vm = atPhoneStep();
        type(vm, PHONE);
        vm.next();
        return vm;
    }

    private RegistrationViewModel atPreferencesStep() {
        RegistrationViewModel vm = atJobsStep();
        vm.toggleCategory("G601");
        vm.toggleCategory("G101");
        vm.next();
        return vm;
    }

    private RegistrationViewModel atConsentStep() {
        RegistrationViewModel vm = atPreferencesStep();
        choosePreferences(vm);
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(RegistrationStep.CONSENT);
        return vm;
    }

    private static void walkToConsent(RegistrationViewModel vm) {
        vm.startWithCard(FictionalCards.RESIDENT);
        vm.next();
        type(vm, PHONE);
        vm.next();
        vm.toggleCategory("G101");
        vm.toggleCategory("G601");
        vm.next();
        choosePreferences(vm);
        vm.next();
    }

    private static void choosePreferences(RegistrationViewModel vm) {
        vm.choosePay(PayExpectation.FROM_200_TO_300);
        vm.chooseAvailability(Availability.TOMORROW);
        vm.chooseStatus(EmploymentStatus.UNEMPLOYED);
    }

    private static void type(RegistrationViewModel vm, String digits) {
        digits.chars().forEach(c -> vm.phone().press(c - '0'));
    }
}
