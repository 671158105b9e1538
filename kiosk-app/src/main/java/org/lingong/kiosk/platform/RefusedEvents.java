package org.lingong.kiosk.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.referral.SlipReprints;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.api.events.ReferralIssued;
import org.lingong.platform.client.outbox.Outbox;
import org.lingong.platform.client.outbox.ParkedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's parked events in words for staff: which worker (masked, from the known workers), which slip (from the
 * slip archive) and why. Each newly parked event raises one {@link StaffAlertKind#OUTBOX} staff alert. Blocking (disk):
 * call from the platform connection's thread, never the JavaFX thread.
 */
public final class RefusedEvents {

    private static final Logger log = LoggerFactory.getLogger(RefusedEvents.class);

    private final Outbox outbox;
    private final Function<String, Optional<ActiveWorker>> workerByRef;
    private final SlipReprints slips;
    private final StaffAlerts alerts;
    private final Messages messages;
    private final Map<UUID, RefusedEvent> described = new ConcurrentHashMap<>();

    public RefusedEvents(Outbox outbox, Function<String, Optional<ActiveWorker>> workerByRef, SlipReprints slips,
            StaffAlerts alerts, Messages messages) {
        this.outbox = outbox;
        this.workerByRef = workerByRef;
        this.slips = slips;
        this.alerts = alerts;
        this.messages = messages;
    }

    /**
     * The events parked now, oldest first; raises a staff alert for each one not seen before. Empty (and logged) when
     * the outbox cannot be read: the heartbeat goes out anyway.
     */
    public synchronized List<RefusedEvent> current() {
        try {
            return describeParked();
        } catch (RuntimeException e) {
            log.warn("Parked events could not be read: {}", e.toString());
            return List.of();
        }
    }

    private List<RefusedEvent> describeParked() {
        List<ParkedEvent> parked = outbox.parked();
        Set<UUID> ids = parked.stream().map(ParkedEvent::eventId).collect(Collectors.toSet());
        described.keySet().retainAll(ids);
        return parked.stream().map(event -> described.computeIfAbsent(event.eventId(), id -> {
            RefusedEvent refused = describe(event);
            alerts.raise(StaffAlertKind.OUTBOX, "alert.eventRefused", inWords(refused));
            return refused;
        })).toList();
    }

    /**
     * The worker references of the parked events, which the platform refused (empty when the outbox cannot be read).
     */
    public synchronized Set<String> refusedWorkers() {
        try {
            return outbox.parked().stream().map(parked -> outbox.event(parked.eventId())).flatMap(Optional::stream)
                    .map(org.lingong.platform.api.events.EventEnvelope::workerRef).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (RuntimeException e) {
            log.warn("Parked events could not be read: {}", e.toString());
            return Set.of();
        }
    }

    /** {@code 王*例 · 推荐单 TJ-20261205-0003 · 证件号码没有通过平台核验}. */
    public String inWords(RefusedEvent refused) {
        String what = refused.slipNumber() != null ? messages.get("staff.refused.slip", refused.slipNumber())
                : messages.get(refused.type() == EventType.WORKER_REGISTERED ? "staff.refused.registration"
                        : "staff.refused.otherEvent");
        String who = refused.maskedWorker().isEmpty() ? "" : refused.maskedWorker() + " · ";
        return who + what + " · " + reasonInWords(refused.reason());
    }

    private String reasonInWords(String reason) {
        String key = "staff.refusal." + reason;
        String words = messages.get(key);
        return words.equals(key) ? messages.get("staff.refusal.other", reason) : words;
    }

    private RefusedEvent describe(ParkedEvent parked) {
        Optional<org.lingong.platform.api.events.EventEnvelope> event = outbox.event(parked.eventId());
        String masked = event.map(e -> e.workerRef()).flatMap(ref -> ref == null ? Optional.empty() : workerByRef.apply(ref))
                .map(ActiveWorker::maskedName).orElse("");
        String slip = event.filter(e -> e.payload() instanceof ReferralIssued)
                .flatMap(e -> slips.numberOf(((ReferralIssued) e.payload()).token())).orElse(null);
        return new RefusedEvent(parked.eventId(), parked.type(), parked.parkedAt(), masked, slip,
                parked.reason() == null ? "other" : parked.reason());
    }
}
