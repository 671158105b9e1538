package org.lingong.devices.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SamResultTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            90, 操作成功
            9F, 寻找证/卡成功
            80, 寻找证/卡失败
            81, 选取证/卡失败
            41, 读证/卡操作失败
            40, 无法识别的卡类型
            91, 证/卡中此项无内容
            10, 接收数据校验和错
            11, 接收数据长度错
            21, 接收数据命令错
            23, 越权操作
            24, 无法识别的错误
            31, 证/卡认证SAM失败
            32, SAM认证证/卡失败
            33, 信息验证错误
            47, 取随机数失败
            60, SAM自检失败
            66, SAM未经授权
            """)
    void everyTableCodeHasItsChineseMeaning(String hex, String chinese) {
        SamResult result = SamResult.of(Integer.parseInt(hex, 16));

        assertThat(result.chinese()).isEqualTo(chinese);
        assertThat(result.english()).isNotBlank();
        assertThat(result.isKnown()).isTrue();
    }

    @Test
    void unknownCodeKeepsItsValue() {
        SamResult result = SamResult.of(0x55);

        assertThat(result.isKnown()).isFalse();
        assertThat(result.code()).isEqualTo(0x55);
        assertThat(result.toString()).startsWith("55 ");
    }
}
