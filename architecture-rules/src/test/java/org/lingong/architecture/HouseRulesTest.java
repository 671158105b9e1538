package org.lingong.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The shared rules catch planted violations, and a documented exception lets through exactly what it names. */
class HouseRulesTest {

    private static final String FIXTURE = "org.lingong.architecture.fixture";
    private static final JavaClasses CODECS = new ClassFileImporter().importPackages(FIXTURE + ".codec");
    private static final JavaClasses CYCLES = new ClassFileImporter().importPackages(FIXTURE + ".cycles");

    @Test
    void aCodecThatOpensAFileFailsCodecPurity() {
        assertThatThrownBy(() -> HouseRules.codecsArePure().check(CODECS))
                .hasMessageContaining("FileReadingCodec")
                .hasMessageContaining("java.io.File")
                .hasMessageNotContaining("PureCodec");
    }

    @Test
    void everyUndocumentedCycleFails() {
        assertThatThrownBy(() -> HouseRules.noPackageCycles(FIXTURE + ".cycles").check(CYCLES))
                .hasMessageContaining("was violated (2 times)");
    }

    @Test
    void aDocumentedCyclePassesButALongerCycleThroughTheSamePackagesStillFails() {
        var rule = HouseRules.noPackageCycles(FIXTURE + ".cycles", KnownViolation.cycle("fixture", "b", "a"));

        assertThatThrownBy(() -> rule.check(CYCLES))
                .hasMessageContaining("was violated (1 times)")
                .hasMessageContaining("Slice c");
    }

    @Test
    void documentingEveryCycleMakesTheRulePass() {
        var rule = HouseRules.noPackageCycles(FIXTURE + ".cycles",
                KnownViolation.cycle("fixture", "a", "b"), KnownViolation.cycle("fixture", "a", "b", "c"));

        assertThat(rule.evaluate(CYCLES).hasViolation()).isFalse();
        assertThat(rule.getDescription()).endsWith("except 2 documented exception(s)");
    }

    @Test
    void aDependencyExceptionCoversOnlyItsOriginAndTarget() {
        var known = KnownViolation.dependency("x.web.FleetController", "x.terminals.TerminalRepository", "fixture");

        assertThat(known.covers("Method <x.web.FleetController.fleet()> calls method "
                + "<x.terminals.TerminalRepository.fleet()> in (FleetController.java:33)")).isTrue();
        assertThat(known.covers("Constructor <x.web.FleetController$Page.<init>(x.terminals.TerminalRepository)> "
                + "has parameter of type <x.terminals.TerminalRepository> in (FleetController.java:0)")).isTrue();
        assertThat(known.covers("Method <x.web.FleetController.fleet()> calls method "
                + "<x.workers.WorkerRepository.all()> in (FleetController.java:40)")).isFalse();
        assertThat(known.covers("Method <x.web.FleetControllerV2.fleet()> calls method "
                + "<x.terminals.TerminalRepository.fleet()> in (FleetControllerV2.java:12)")).isFalse();
        assertThat(known.covers("Method <x.web.FleetController.fleet()> calls method "
                + "<x.terminals.TerminalRepositoryCache.get()> in (FleetController.java:41)")).isFalse();
    }
}
