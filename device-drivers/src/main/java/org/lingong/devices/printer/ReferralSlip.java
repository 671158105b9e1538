package org.lingong.devices.printer;

import org.lingong.platform.api.privacy.Masking;
import java.util.Objects;

/**
 * The fields of a referral slip (推荐单), display-ready except for personal data: whoever words the slip (the kiosk's
 * {@code SlipWording}, for receipt and A4 alike) masks {@code workerName} and {@code workerIdNumber} (masking is
 * idempotent, so masked values may be passed too). The contact is printed as given: the number the worker is to call (the employer's, or the station's). {@link #toString()} shows only masked values.
 *
 * @param slipNumber     e.g. {@code TJ-20261127-0042}
 * @param jobTitle       工种, e.g. {@code 建筑小工}
 * @param employer       用工单位
 * @param contactName    联系人
 * @param contactPhone   联系电话, printed in full
 * @param address        work address
 * @param pay            pay text, e.g. {@code ￥260/天} ({@code ¥} is printed as {@code ￥})
 * @param workDates      e.g. {@code 2026-12-01 至 2026-12-03}
 * @param timeWindow     e.g. {@code 07:30-17:30}
 * @param workerName     求职者 (masked when printed)
 * @param workerIdNumber 身份证号 or permit number (masked when printed, labelled by {@link
 *                       org.lingong.devices.privacy.DocumentKind})
 * @param station        issuing station
 * @param issuedAt       e.g. {@code 2026-11-27 08:15}
 * @param expiresAt      e.g. {@code 2026-11-28 08:15}
 * @param qrToken        the signed verification token carried by the QR code
 */
public record ReferralSlip(String slipNumber, String jobTitle, String employer, String contactName,
                           String contactPhone, String address, String pay, String workDates, String timeWindow,
                           String workerName, String workerIdNumber, String station, String issuedAt,
                           String expiresAt, String qrToken) {

    public ReferralSlip {
        Objects.requireNonNull(slipNumber, "slipNumber");
        Objects.requireNonNull(jobTitle, "jobTitle");
        Objects.requireNonNull(workerName, "workerName");
        Objects.requireNonNull(workerIdNumber, "workerIdNumber");
        Objects.requireNonNull(qrToken, "qrToken");
    }

    @Override
    public String toString() {
        return "ReferralSlip[" + slipNumber + ", " + jobTitle + ", worker " + Masking.name(workerName)
                + " " + Masking.idNumber(workerIdNumber) + "]";
    }
}
