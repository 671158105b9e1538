package org.lingong.kiosk.testing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.platform.RefusedEvents;
import org.lingong.kiosk.referral.ReprintResult;
import org.lingong.kiosk.referral.SlipRecord;
import org.lingong.kiosk.referral.SlipReprints;
import org.lingong.platform.client.BackendClient;

/** The refused-event reporter a hand-wired heartbeat needs, for tests that have no known workers and no slips. */
public final class NoRefusals {

    private NoRefusals() {
    }

    public static RefusedEvents reporter(BackendClient backend) {
        SlipReprints noSlips = new SlipReprints() {
            @Override
            public List<SlipRecord> recent(int limit) {
                return List.of();
            }

            @Override
            public ReprintResult reprint(String slipNumber) {
                throw new UnsupportedOperationException("no slips in this test");
            }
        };
        return new RefusedEvents(backend, workerRef -> Optional.empty(), noSlips,
                new StaffAlerts(Clock.systemUTC()), new Messages(KioskLanguage.ZH_CN));
    }
}
