package org.lingong.devices.printer.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QrRasterTest {

    @Test
    void rendersModulesScaledWithAFourModuleQuietZone() {
        MonoBitmap bitmap = QrRaster.render("LG1.abc", QrErrorCorrection.M, 4, 384);
        int modules = QrRaster.encode("LG1.abc", QrErrorCorrection.M).getWidth();   // version 1: 21
        assertThat(modules).isEqualTo(21);
        assertThat(bitmap.width()).isEqualTo((21 + 8) * 4);
        assertThat(bitmap.isBlack(15, 15)).isFalse();               // quiet zone
        assertThat(bitmap.isBlack(16, 16)).isTrue();                // top-left finder corner
        assertThat(bitmap.isBlack(16 + 3, 16 + 3)).isTrue();
        assertThat(bitmap.isBlack(16 + 4, 16 + 4)).isFalse();       // finder's white ring (module 1)
        assertThat(bitmap.isBlack(16 + 8, 16 + 8)).isTrue();        // finder's core (module 2)
    }

    @Test
    void moduleSizeShrinksToFitThePaper() {
        String token = "x".repeat(120);
        MonoBitmap wide = QrRaster.render(token, QrErrorCorrection.M, 16, 384);
        assertThat(wide.width()).isLessThanOrEqualTo(384);
        assertThat(wide.width() % (QrRaster.encode(token, QrErrorCorrection.M).getWidth() + 8)).isZero();
    }

    @Test
    void payloadTooLargeForThePaperIsRejected() {
        assertThatThrownBy(() -> QrRaster.render("x".repeat(200), QrErrorCorrection.H, 1, 40))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit 40 dots");
        assertThatThrownBy(() -> QrRaster.render("x".repeat(4000), QrErrorCorrection.H, 1, 576))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot encode");
    }

    @Test
    void rawBytesAsTheNativeCommandPrintsThemHaveNoQuietZone() {
        MonoBitmap symbol = QrRaster.renderRawBytes("LG1.abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                QrErrorCorrection.M, 3);

        assertThat(symbol.width()).isEqualTo(21 * 3).isEqualTo(symbol.height());
        assertThat(symbol.isBlack(0, 0)).as("finder corner at the edge").isTrue();
    }

    @Test
    void argbPixelsAreTheDotsBlackOnWhite() {
        MonoBitmap bitmap = QrRaster.render("LG1.abc", QrErrorCorrection.M, 2, 384);
        int[] argb = bitmap.argb();

        assertThat(argb).hasSize(bitmap.width() * bitmap.height());
        for (int y = 0; y < bitmap.height(); y++) {
            for (int x = 0; x < bitmap.width(); x++) {
                assertThat(argb[y * bitmap.width() + x]).isEqualTo(bitmap.isBlack(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
    }
}
