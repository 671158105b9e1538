package org.lingong.platform.client.outbox;

import java.util.List;

/** What one batch round of the dispatcher did; a mutable tally owned by one flush. */
final class DeliveryRound {
    int delivered;
    int parked;
    int retrying;
    boolean resized;
    DispatchReport.Stop stop;
    String detail;

    static DeliveryRound of(List<Settlement> settlements) {
        DeliveryRound round = new DeliveryRound();
        for (Settlement s : settlements) {
            switch (s.kind()) {
                case DELIVERED -> round.delivered++;
                case PARKED -> round.parked++;
                case RETRY -> round.retrying++;
            }
        }
        return round;
    }

    static DeliveryRound stopped(DispatchReport.Stop stop, String detail) {
        DeliveryRound round = new DeliveryRound();
        round.stop = stop;
        round.detail = detail;
        return round;
    }

    static DeliveryRound resized() {
        DeliveryRound round = new DeliveryRound();
        round.resized = true;
        return round;
    }
}
