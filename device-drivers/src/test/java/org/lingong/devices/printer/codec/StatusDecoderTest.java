package org.lingong.devices.printer.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusDecoderTest {

    @ParameterizedTest(name = "DLE EOT {0} reply {1} -> {2} / {3}")
    @CsvSource(textBlock = """
            # n, reply, conditions,                    error causes
            1,   12,    ONLINE,                        ''
            1,   16,    ONLINE,                        ''
            1,   1A,    OFFLINE,                       ''
            1,   1E,    OFFLINE,                       ''
            2,   12,    '',                            ''
            2,   16,    COVER_OPEN,                    ''
            2,   1A,    FEED_BUTTON,                   ''
            2,   32,    PAPER_OUT,                     ''
            2,   52,    ERROR,                         ''
            2,   76,    COVER_OPEN PAPER_OUT ERROR,    ''
            3,   12,    '',                            ''
            3,   16,    ERROR,                         MECHANICAL
            3,   1A,    ERROR,                         AUTOCUTTER
            3,   32,    ERROR,                         UNRECOVERABLE
            3,   52,    ERROR,                         AUTO_RECOVERABLE
            3,   7E,    ERROR,                         MECHANICAL AUTOCUTTER UNRECOVERABLE AUTO_RECOVERABLE
            4,   12,    '',                            ''
            4,   16,    PAPER_NEAR_END,                ''
            4,   1A,    PAPER_NEAR_END,                ''
            4,   1E,    PAPER_NEAR_END,                ''
            4,   32,    PAPER_OUT,                     ''
            4,   72,    PAPER_OUT,                     ''
            4,   7E,    PAPER_NEAR_END PAPER_OUT,      ''
            """)
    void realTimeRepliesDecodeToConditions(int n, String replyHex, String conditions, String causes) {
        StatusReply reply = StatusDecoder.decodeRealTime(n, Integer.parseInt(replyHex, 16));
        assertThat(reply).isInstanceOfSatisfying(StatusReply.Decoded.class, decoded -> {
            assertThat(decoded.conditions()).isEqualTo(parse(conditions, PrinterCondition.class));
            assertThat(decoded.errors()).isEqualTo(parse(causes, PrinterErrorCause.class));
        });
    }

    @ParameterizedTest(name = "DLE EOT {0} reply {1} is invalid")
    @CsvSource(textBlock = """
            # bytes breaking 0xx1xx10: bit0 set, bit1 clear, bit4 clear, bit7 set, plain ASCII, ASB first byte
            1, 13
            1, 10
            2, 02
            3, 92
            4, 00
            4, FF
            1, 41
            2, 18
            """)
    void bytesBreakingTheFixedPatternAreInvalid(int n, String replyHex) {
        int raw = Integer.parseInt(replyHex, 16);
        assertThat(StatusDecoder.decodeRealTime(n, raw)).isInstanceOfSatisfying(StatusReply.Invalid.class,
                invalid -> assertThat(invalid.raw()).containsExactly((byte) raw));
    }

    @Test
    void requestNumberOutsideOneToFourIsAProgrammingError() {
        assertThatThrownBy(() -> StatusDecoder.decodeRealTime(5, 0x12)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "ASB {0} -> {1} / {2}")
    @CsvSource(textBlock = """
            # 4 bytes,       conditions,                    causes
            10 00 00 00,     ONLINE,                        ''
            18 00 00 00,     OFFLINE,                       ''
            38 00 00 00,     OFFLINE COVER_OPEN,            ''
            50 00 00 00,     ONLINE FEED_BUTTON,            ''
            18 08 00 00,     OFFLINE ERROR,                 AUTOCUTTER
            18 64 00 00,     OFFLINE ERROR,                 MECHANICAL UNRECOVERABLE AUTO_RECOVERABLE
            10 00 03 00,     ONLINE PAPER_NEAR_END,         ''
            10 00 01 00,     ONLINE PAPER_NEAR_END,         ''
            18 00 0C 00,     OFFLINE PAPER_OUT,             ''
            18 00 0F 00,     OFFLINE PAPER_NEAR_END PAPER_OUT, ''
            """)
    void asbBlocksDecode(String hex, String conditions, String causes) {
        StatusReply reply = StatusDecoder.decodeAsb(HexFormat.ofDelimiter(" ").parseHex(hex));
        assertThat(reply).isInstanceOfSatisfying(StatusReply.Decoded.class, decoded -> {
            assertThat(decoded.conditions()).isEqualTo(parse(conditions, PrinterCondition.class));
            assertThat(decoded.errors()).isEqualTo(parse(causes, PrinterErrorCause.class));
        });
    }

    @ParameterizedTest(name = "ASB {0} is invalid")
    @CsvSource(textBlock = """
            # a DLE EOT reply as first byte, bit 7 set, bit 4 set in byte 2..4, wrong length
            12 00 00 00
            90 00 00 00
            10 10 00 00
            10 00 80 00
            10 00 00 10
            10 00 00
            10 00 00 00 00
            """)
    void malformedAsbBlocksAreInvalid(String hex) {
        assertThat(StatusDecoder.decodeAsb(HexFormat.ofDelimiter(" ").parseHex(hex)))
                .isInstanceOf(StatusReply.Invalid.class);
    }

    @Test
    void combiningRepliesGivesTheMostSpecificBlockingCondition() {
        PrinterStatus paperOut = StatusDecoder.combine(decoded(new int[][] {{1, 0x1A}, {2, 0x32}, {4, 0x72}}));
        assertThat(paperOut.conditions()).containsExactlyInAnyOrder(PrinterCondition.OFFLINE, PrinterCondition.PAPER_OUT);
        assertThat(paperOut.blockingCondition()).contains(PrinterCondition.PAPER_OUT);

        PrinterStatus error = StatusDecoder.combine(decoded(new int[][] {{1, 0x1A}, {2, 0x52}, {3, 0x1A}, {4, 0x12}}));
        assertThat(error.blockingCondition()).contains(PrinterCondition.ERROR);
        assertThat(error.errors()).containsExactly(PrinterErrorCause.AUTOCUTTER);

        PrinterStatus nearEnd = StatusDecoder.combine(decoded(new int[][] {{1, 0x12}, {2, 0x12}, {4, 0x1E}}));
        assertThat(nearEnd.canPrint()).isTrue();
        assertThat(nearEnd.warnings()).containsExactly(PrinterCondition.PAPER_NEAR_END);
    }

    private static List<StatusReply.Decoded> decoded(int[][] replies) {
        return Arrays.stream(replies)
                .map(r -> (StatusReply.Decoded) StatusDecoder.decodeRealTime(r[0], r[1]))
                .toList();
    }

    private static <E extends Enum<E>> Set<E> parse(String names, Class<E> type) {
        if (names.isBlank()) {
            return EnumSet.noneOf(type);
        }
        return Arrays.stream(names.trim().split("\\s+")).map(n -> Enum.valueOf(type, n))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }
}
