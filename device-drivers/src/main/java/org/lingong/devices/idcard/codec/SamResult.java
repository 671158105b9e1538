package org.lingong.devices.idcard.codec;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * SW3 result code of a reader response with its meaning (devices.md A.3). Codes outside the
 * table are kept with their value and an "unknown" meaning, never dropped.
 */
public record SamResult(int code, String chinese, String english) {

    public static final SamResult SUCCESS = new SamResult(0x90, "操作成功", "success");
    public static final SamResult FIND_OK = new SamResult(0x9F, "寻找证/卡成功", "card found");
    public static final SamResult FIND_FAILED = new SamResult(0x80, "寻找证/卡失败", "no card found");
    public static final SamResult SELECT_FAILED = new SamResult(0x81, "选取证/卡失败", "select card failed");
    public static final SamResult READ_FAILED = new SamResult(0x41, "读证/卡操作失败", "read card failed");
    public static final SamResult UNKNOWN_CARD_TYPE = new SamResult(0x40, "无法识别的卡类型", "unknown card type");
    public static final SamResult ITEM_EMPTY = new SamResult(0x91, "证/卡中此项无内容", "item empty on card");
    public static final SamResult CHECKSUM_ERROR = new SamResult(0x10, "接收数据校验和错", "host frame checksum error");
    public static final SamResult LENGTH_ERROR = new SamResult(0x11, "接收数据长度错", "host frame length error");
    public static final SamResult COMMAND_ERROR = new SamResult(0x21, "接收数据命令错", "host frame command error");
    public static final SamResult UNAUTHORIZED_OPERATION = new SamResult(0x23, "越权操作", "operation not permitted");
    public static final SamResult UNRECOGNISED_ERROR = new SamResult(0x24, "无法识别的错误", "unrecognised error");
    public static final SamResult CARD_AUTH_SAM_FAILED = new SamResult(0x31, "证/卡认证SAM失败", "card failed to authenticate SAM");
    public static final SamResult SAM_AUTH_CARD_FAILED = new SamResult(0x32, "SAM认证证/卡失败", "SAM failed to authenticate card");
    public static final SamResult VERIFY_FAILED = new SamResult(0x33, "信息验证错误", "information verification error");
    public static final SamResult RANDOM_FAILED = new SamResult(0x47, "取随机数失败", "get random number failed");
    public static final SamResult SAM_SELF_TEST_FAILED = new SamResult(0x60, "SAM自检失败", "SAM self-test failed");
    public static final SamResult SAM_UNAUTHORIZED = new SamResult(0x66, "SAM未经授权", "SAM not authorised");

    private static final Map<Integer, SamResult> KNOWN = Stream.of(SUCCESS, FIND_OK, FIND_FAILED, SELECT_FAILED,
                    READ_FAILED, UNKNOWN_CARD_TYPE, ITEM_EMPTY, CHECKSUM_ERROR, LENGTH_ERROR, COMMAND_ERROR,
                    UNAUTHORIZED_OPERATION, UNRECOGNISED_ERROR, CARD_AUTH_SAM_FAILED, SAM_AUTH_CARD_FAILED,
                    VERIFY_FAILED, RANDOM_FAILED, SAM_SELF_TEST_FAILED, SAM_UNAUTHORIZED)
            .collect(Collectors.toUnmodifiableMap(SamResult::code, Function.identity()));

    /** The result for SW3 {@code code} (0..255); an unknown code yields a result marked unknown. */
    public static SamResult of(int code) {
        SamResult known = KNOWN.get(code & 0xFF);
        return known != null ? known : new SamResult(code & 0xFF, "未知结果码", "unknown result code");
    }

    public boolean isKnown() {
        return KNOWN.containsKey(code);
    }

    @Override
    public String toString() {
        return String.format("%02X %s (%s)", code, chinese, english);
    }
}
