package org.lingong.devices.idcard.codec;

import java.util.Optional;
import org.lingong.platform.api.workers.IdNumber;

/** Gender code on the card, GB/T 2261.1 style (devices.md A.6). */
public enum Gender {
    UNKNOWN('0', "未知"),
    MALE('1', "男"),
    FEMALE('2', "女"),
    UNSPECIFIED('9', "未说明");

    private final char code;
    private final String chinese;

    Gender(char code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    public char code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }

    /** The gender a number's sequence tells (GB 11643: odd for men). */
    public static Gender of(IdNumber number) {
        return number.oddSequence() ? MALE : FEMALE;
    }

    public static Optional<Gender> ofCode(char code) {
        for (Gender g : values()) {
            if (g.code == code) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
