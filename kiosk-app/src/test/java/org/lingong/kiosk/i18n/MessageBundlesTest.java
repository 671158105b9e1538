package org.lingong.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.status.DeviceKind;
import org.lingong.kiosk.status.DeviceState;

/** The bundles are complete and in sync, and the Java code holds no user-visible Chinese. */
class MessageBundlesTest {

    private static final Path MAIN_JAVA = Path.of("src/main/java");
    private static final Pattern KEY_USE = Pattern.compile("messages\\.(?:get|bind)\\(\\s*\"([^\"]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void allThreeBundlesHaveExactlyTheSameKeys() throws IOException {
        Set<String> chinese = load(KioskLanguage.ZH_CN).stringPropertyNames();
        Set<String> english = load(KioskLanguage.EN).stringPropertyNames();
        Set<String> mongolian = load(KioskLanguage.MN).stringPropertyNames();

        assertThat(difference(chinese, english)).as("keys only in messages_zh_CN").isEmpty();
        assertThat(difference(english, chinese)).as("keys only in messages_en").isEmpty();
        assertThat(difference(chinese, mongolian)).as("keys missing in messages_mn_Mong (add them to "
                + "docs/mongolian/messages_mn.translit, or run scripts/mongolian-bundle.py to carry the Chinese text "
                + "as not yet translated)").isEmpty();
        assertThat(difference(mongolian, chinese)).as("keys only in messages_mn_Mong").isEmpty();
        assertThat(chinese).isNotEmpty();
    }

    @Test
    void theMongolianBundleIsMostlyInTraditionalScriptAndSaysWhichTextsAreMachineMade() throws IOException {
        String text = new String(bytes(KioskLanguage.MN), StandardCharsets.UTF_8);
        Properties mongolian = load(KioskLanguage.MN);
        long inScript = mongolian.stringPropertyNames().stream()
                .filter(key -> MongolianShaping.hasMongolian(mongolian.getProperty(key))).count();

        assertThat(text).contains("MACHINE TRANSLATION, to be reviewed by a native reader");
        assertThat(inScript).as("keys with Mongolian text").isGreaterThanOrEqualTo(150);
        for (String key : List.of("screen.attract", "screen.findJob", "idle.question", "language.mn")) {
            assertThat(MongolianShaping.hasMongolian(mongolian.getProperty(key))).as(key).isTrue();
        }
        assertThat(text).as("the shaping character is added when shown, never stored").doesNotContain("\u200C");
    }

    @Test
    void bothBundlesAreValidUtf8WithoutEmptyTexts() throws IOException {
        for (KioskLanguage language : KioskLanguage.values()) {
            byte[] bytes = bytes(language);
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new AssertionError(language + " bundle is not UTF-8", e);
            }
            load(language).forEach((key, value) -> assertThat(value.toString()).as(language + " " + key).isNotBlank());
        }
    }

    @Test
    void placeholdersAgreeBetweenLanguages() throws IOException {
        Properties chinese = load(KioskLanguage.ZH_CN);
        Properties english = load(KioskLanguage.EN);
        Properties mongolian = load(KioskLanguage.MN);
        for (String key : chinese.stringPropertyNames()) {
            assertThat(arguments(english.getProperty(key))).as("arguments of " + key)
                    .isEqualTo(arguments(chinese.getProperty(key)));
            assertThat(arguments(mongolian.getProperty(key, ""))).as("Mongolian arguments of " + key)
                    .isEqualTo(arguments(chinese.getProperty(key)));
        }
    }

    @Test
    void everyKeyTheCodeUsesExistsInEveryBundle() throws IOException {
        Set<String> used = new TreeSet<>(keysNamedInCode());
        for (Screen screen : Screen.named()) {
            used.add(screen.titleKey());
        }
        for (DeviceKind kind : DeviceKind.values()) {
            used.add(kind.labelKey());
        }
        for (DeviceState state : DeviceState.values()) {
            used.add(state.labelKey());
        }
        for (KioskLanguage language : KioskLanguage.values()) {
            used.add(language.nameKey());
        }
        assertThat(used).hasSizeGreaterThan(30);

        for (KioskLanguage language : KioskLanguage.values()) {
            Set<String> keys = load(language).stringPropertyNames();
            assertThat(difference(used, keys)).as("keys missing in " + language).isEmpty();
        }
    }

    @Test
    void javaSourcesHoldNoChineseOutsideComments() throws IOException {
        Map<Path, List<String>> offenders = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> literals = chineseLiterals(Files.readString(file));
                if (!literals.isEmpty()) {
                    offenders.put(file, literals);
                }
            }
        }
        assertThat(offenders).as("string literals with Chinese text (move them to the bundles)").isEmpty();
    }

    @Test
    void detectorFindsChineseInLiteralsButNotInComments() {
        String source = """
                /** 零工驿站 */
                class X { // 注释
                    String a = "请将身份证放在读卡区";
                    String b = "plain \\" 还有";
                    char c = '中';
                }
                """;

        assertThat(chineseLiterals(source)).containsExactly("\"请将身份证放在读卡区\"", "\"plain \\\" 还有\"", "'中'");
    }

    static List<String> chineseLiterals(String javaSource) {
        String code = javaSource.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
        Matcher literal = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\])'").matcher(code);
        List<String> found = new ArrayList<>();
        while (literal.find()) {
            if (literal.group().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                found.add(literal.group());
            }
        }
        return found;
    }

    private static Set<String> keysNamedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher use = KEY_USE.matcher(Files.readString(file));
                while (use.find()) {
                    keys.add(use.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static byte[] bytes(KioskLanguage language) throws IOException {
        String name = "/" + Messages.BUNDLE.replace('.', '/') + "_" + language.bundleSuffix() + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static Properties load(KioskLanguage language) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(new String(bytes(language), StandardCharsets.UTF_8)));
        return properties;
    }
}
