package org.lingong.kiosk.slip;

import java.util.List;

import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.SlipText;
import org.lingong.devices.privacy.DocumentKind;
import org.lingong.platform.api.privacy.Masking;

/**
 * The one wording of a referral slip, for the receipt printer and the A4 page alike: labels from
 * {@code slip-labels.properties} (always Chinese: the slip goes to the employer), the worker's name and number masked,
 * the number labelled by its document kind, {@code ¥} printed as the full-width {@code ￥}. Thread-safe.
 */
public final class SlipWording {

    private final SlipLabels labels = new SlipLabels();

    /** The slip as the receipt printer lays it out. */
    public SlipText receipt(ReferralSlip slip) {
        return new SlipText(label("title"), label("slipNumber") + "：" + slip.slipNumber(), sections(slip),
                slip.qrToken(), label("qrCaption"));
    }

    /** The small worker-code slip: its title, the masked name and station, how to use it, and the code as QR. */
    public SlipText workerCode(String workerCode, String maskedName, String station) {
        return new SlipText(label("workerCode.title"), maskedName + "  " + station,
                List.of(List.of(line("workerCode.nextVisit", label("workerCode.nextVisit.text")),
                        line("workerCode.keep", label("workerCode.keep.text")))),
                workerCode, "");
    }

    /**
     * The appointment slip: the code big under the title, service, time (already in the station's zone), station and
     * whether the platform has confirmed it; the code again as QR so staff can scan it.
     */
    public SlipText appointment(String code, String service, String time, String station, boolean confirmed) {
        return new SlipText(label("appointment.title"), label("appointment.code") + "：" + code,
                List.of(List.of(new SlipText.Line(label("appointment.time"), time, true),
                                line("appointment.service", label("appointment.service." + service)),
                                line("appointment.station", station),
                                line("appointment.status", label(confirmed ? "appointment.status.confirmed"
                                        : "appointment.status.tentative"))),
                        List.of(line("appointment.bring", label("appointment.bring.text")),
                                line("appointment.change", label("appointment.change.text")))),
                code, "");
    }

    /** Job, worker and station lines, in the order both papers print them. */
    public List<List<SlipText.Line>> sections(ReferralSlip slip) {
        String contact = (nonNull(slip.contactName()) + " " + nonNull(slip.contactPhone())).strip();
        return List.of(
                List.of(new SlipText.Line(label("jobTitle"), slip.jobTitle(), true),
                        line("employer", slip.employer()),
                        line("contact", contact),
                        line("address", slip.address()),
                        line("workDates", slip.workDates()),
                        line("timeWindow", slip.timeWindow()),
                        line("pay", nonNull(slip.pay()).replace('\u00A5', '\uFFE5'))),
                List.of(line("workerName", Masking.name(slip.workerName())),
                        line("workerIdNumber." + DocumentKind.of(slip.workerIdNumber()).name(),
                                Masking.idNumber(slip.workerIdNumber()))),
                List.of(line("station", slip.station()),
                        line("issuedAt", slip.issuedAt()),
                        line("expiresAt", slip.expiresAt())));
    }

    /** A label of {@code slip-labels.properties}, e.g. {@code footer}. */
    public String label(String key) {
        return labels.get(key);
    }

    private SlipText.Line line(String key, String value) {
        return SlipText.Line.of(label(key), nonNull(value));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
