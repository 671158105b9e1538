package org.lingong.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.kiosk.attract.CatalogFreshness;
import org.lingong.kiosk.attract.DemoCatalogFreshness;
import org.lingong.kiosk.attract.DemoServiceItemSource;
import org.lingong.kiosk.attract.ServiceItemSource;
import org.lingong.kiosk.registration.DemoRegistrationSink;
import org.lingong.kiosk.registration.RegistrationSink;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationHook;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The fast start ({@code scripts/run-kiosk.sh}) runs on bean definitions computed at build time by Spring AOT with the
 * pom's build arguments. Whatever a bean condition decided then is frozen, so the kiosk's bean definitions must not
 * depend on its configuration: every {@code kiosk.*} switch is read at run time inside the bean methods.
 */
class AheadOfTimeSafetyTest {

    /** The arguments of the pom's {@code process-aot} execution. */
    private static final List<String> AOT_BUILD_ARGS =
            List.of("--kiosk.station.name=AOT build", "--kiosk.station.code=ST-000000-000");

    static Stream<List<String>> runTimeSettings() {
        return Stream.of(
                List.of("--kiosk.platform.enabled=false"),
                List.of("--kiosk.platform.enabled=true", "--kiosk.platform.enrollment-code=ABC123"),
                List.of("--kiosk.demo.enabled=true"),
                List.of("--kiosk.demo.enabled=false"),
                List.of("--kiosk.devices.idcard.port=tcp:127.0.0.1:9", "--kiosk.devices.printer.port=tcp:127.0.0.1:9",
                        "--kiosk.devices.scanner.port=tcp:127.0.0.1:9", "--kiosk.devices.printer.paper-width=58"),
                List.of("--kiosk.locale=en", "--kiosk.window=windowed"));
    }

    /** Processes the context the way Spring Boot's AOT processor does: bean definitions only, no bean created. */
    private static Map<String, String> beanDefinitionsAheadOfTime(List<String> settings) {
        List<String> args = new ArrayList<>(AOT_BUILD_ARGS);
        args.addAll(settings);
        SpringApplicationHook hook = application -> new SpringApplicationRunListener() {
            @Override
            public void contextLoaded(ConfigurableApplicationContext context) {
                ((GenericApplicationContext) context).refreshForAotProcessing(new RuntimeHints());
                throw new SpringApplication.AbandonedRunException(context);
            }
        };
        ConfigurableApplicationContext context;
        try {
            SpringApplication.withHook(hook, () -> KioskSpringConfiguration.main(args.toArray(String[]::new)));
            throw new AssertionError("the AOT hook did not stop the run");
        } catch (SpringApplication.AbandonedRunException abandoned) {
            context = abandoned.getApplicationContext();
        }
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        Map<String, String> definitions = new TreeMap<>();
        for (String name : beans.getBeanDefinitionNames()) {
            BeanDefinition definition = beans.getBeanDefinition(name);
            definitions.put(name, definition.getResolvableType() + " lazy=" + definition.isLazyInit()
                    + " factory=" + definition.getFactoryMethodName());
        }
        return definitions;
    }

    @ParameterizedTest
    @MethodSource("runTimeSettings")
    void beanDefinitionsDoNotDependOnTheKioskConfiguration(List<String> settings) {
        Map<String, String> atBuildTime = beanDefinitionsAheadOfTime(List.of());

        assertThat(beanDefinitionsAheadOfTime(settings)).isEqualTo(atBuildTime);
        assertThat(atBuildTime).containsKeys("registrationSink", "catalogFreshness", "serviceItemSource");
    }

    @Test
    void noKioskClassOrBeanMethodUsesABeanCondition() {
        JavaClasses kiosk = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lingong.kiosk");

        noClasses().should().beMetaAnnotatedWith(Conditional.class)
                .because("AOT freezes conditions at build time; read the switch inside the bean method")
                .check(kiosk);
        noMethods().should().beMetaAnnotatedWith(Conditional.class)
                .because("AOT freezes conditions at build time; read the switch inside the bean method")
                .allowEmptyShould(true).check(kiosk);
    }

    @Test
    void offThePlatformTheKioskUsesTheDemoPortsAndNeverOpensTheBackend(@TempDir Path temp) throws Exception {
        Path dataDir = temp.resolve("kiosk-data");
        SpringStartup startup = SpringStartup.start(List.of("--kiosk.station.name=测试驿站",
                "--kiosk.station.code=ST-150102-009", "--kiosk.platform.enabled=false",
                "--kiosk.platform.data-dir=" + dataDir));
        SpringStartup.takeStarted();

        try (ConfigurableApplicationContext context = startup.context().get(60, TimeUnit.SECONDS)) {
            assertThat(context.getBean("registrationSink", RegistrationSink.class))
                    .as("the sink that recognition wraps").isInstanceOf(DemoRegistrationSink.class);
            assertThat(context.getBean(CatalogFreshness.class)).isInstanceOf(DemoCatalogFreshness.class);
            assertThat(context.getBean("serviceItemSource", ServiceItemSource.class))
                    .as("the source the remote configuration's list lies over").isInstanceOf(DemoServiceItemSource.class);
            assertThat(context.getBeanFactory().containsSingleton("backendClient")).isFalse();
            assertThat(Files.exists(dataDir.resolve("outbox.db"))).isFalse();
            assertThat(Files.exists(dataDir.resolve("catalog.db"))).isFalse();
        }
    }
}
