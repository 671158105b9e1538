package org.lingong.kiosk.inclusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The list of Mongolian prompts to record, made from the Mongolian bundle: every {@code voice.*} key, and the digits
 * 0-9 for the keypad echo. One line per file: {@code file<TAB>key<TAB>Mongolian text<TAB>Chinese text}. The speaker
 * plays {@code <recordings dir>/<file>} when it exists ({@code docs/voice/mn-recordings.tsv} is this list).
 */
public final class MongolianRecordings {

    private MongolianRecordings() {
    }

    /** The recording's file name for a prompt: {@code voice.screen.ATTRACT.wav}, {@code digit-7.wav}. */
    public static String fileName(String key, Object... args) {
        return VoicePrompts.DIGIT_KEY.equals(key) && args.length == 1 ? "digit-" + args[0] + ".wav" : key + ".wav";
    }

    public static List<String> lines(Properties mongolian, Properties chinese) {
        List<String> lines = new ArrayList<>();
        lines.add("# file\tkey\tMongolian text (machine-made: check before recording)\tChinese text");
        mongolian.stringPropertyNames().stream().filter(key -> key.startsWith("voice.")).sorted().forEach(key ->
                lines.add(String.join("\t", fileName(key), key, mongolian.getProperty(key), chinese.getProperty(key))));
        for (int digit = 0; digit <= 9; digit++) {
            lines.add(String.join("\t", fileName(VoicePrompts.DIGIT_KEY, digit), VoicePrompts.DIGIT_KEY,
                    Integer.toString(digit), Integer.toString(digit)));
        }
        return lines;
    }
}
