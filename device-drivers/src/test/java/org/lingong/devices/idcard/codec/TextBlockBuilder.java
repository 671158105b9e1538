package org.lingong.devices.idcard.codec;

import java.nio.charset.StandardCharsets;

/** Test helper: writes UCS-2LE text at explicit offsets into a space-padded 256-byte block. */
final class TextBlockBuilder {

    private final byte[] block = new byte[256];

    TextBlockBuilder() {
        for (int i = 0; i < block.length; i += 2) {
            block[i] = 0x20;
        }
    }

    TextBlockBuilder at(int offset, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(b, 0, block, offset, b.length);
        return this;
    }

    TextBlockBuilder rawAt(int offset, byte... bytes) {
        System.arraycopy(bytes, 0, block, offset, bytes.length);
        return this;
    }

    /** A resident block with every field set; override fields with {@link #at}. */
    static TextBlockBuilder resident() {
        return new TextBlockBuilder()
                .at(0, "王示例")
                .at(30, "1")
                .at(32, "01")
                .at(36, "19900307")
                .at(52, "北京市东城区示例胡同1号")
                .at(122, "110101199003071233")
                .at(158, "示例市公安局示例分局")
                .at(188, "20160520")
                .at(204, "20360520");
    }

    byte[] build() {
        return block.clone();
    }
}
