package org.lingong.kiosk.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerCodesTest {

    private static final String REF = "w-0b7a4c1e-3f52-4d8e-9a61-2c5d7e8f9a0b";

    @TempDir
    Path kiosk;

    @TempDir
    Path otherKiosk;

    @Test
    void aCodeIssuedHereVerifiesToItsReference() {
        WorkerCodes codes = new WorkerCodes(KioskSecret.loadOrCreate(kiosk));

        String code = codes.issue(REF);

        assertThat(code).startsWith("LGW1." + REF + ".").hasSize(5 + REF.length() + 1 + 22);
        assertThat(codes.verify(code)).contains(REF);
        assertThat(new WorkerCodes(KioskSecret.loadOrCreate(kiosk)).verify(code)).as("after a restart").contains(REF);
    }

    @Test
    void forgedAlteredOrForeignCodesAreRefused() {
        WorkerCodes codes = new WorkerCodes(KioskSecret.loadOrCreate(kiosk));
        String code = codes.issue(REF);
        String mac = code.substring(code.lastIndexOf('.') + 1);

        assertThat(codes.verify("LGW1.w-someone-else." + mac)).as("MAC moved to another reference").isEmpty();
        for (char last : "AaBbQ_-w".toCharArray()) {
            String altered = code.substring(0, code.length() - 1) + last;
            if (!altered.equals(code)) {
                assertThat(codes.verify(altered)).as("last character altered to " + last + ", even in unused bits")
                        .isEmpty();
            }
        }
        assertThat(codes.verify(new WorkerCodes(KioskSecret.loadOrCreate(otherKiosk)).issue(REF)))
                .as("issued by another kiosk").isEmpty();
        assertThat(codes.verify("LGW1." + REF)).isEmpty();
        assertThat(codes.verify("LGW1.." + mac)).isEmpty();
        assertThat(codes.verify("LGW1." + REF + ".not-base64-at-all!!!!!!")).isEmpty();
        assertThat(codes.verify("hello")).isEmpty();
    }
}
