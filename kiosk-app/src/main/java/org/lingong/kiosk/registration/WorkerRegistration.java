package org.lingong.kiosk.registration;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.lingong.platform.api.privacy.Masking;

/**
 * What a consenting worker registered, as handed to the {@link RegistrationSink}. Personal data:
 * {@link #toString()} shows only masked values.
 *
 * @param identity          from the ID card; empty when staff registered the worker without a card
 * @param phone             11 digits, already validated ({@link PhoneCheck#VALID})
 * @param jobCategoryCodes  the platform codes of the wanted work, in the order shown, at least one
 * @param consentedAt       when the worker tapped 同意
 * @param consentVersion    which consent text the worker saw (key + retention years)
 */
public record WorkerRegistration(Optional<CardIdentity> identity, String phone, List<String> jobCategoryCodes,
        PayExpectation pay, Availability availability, EmploymentStatus status, Instant consentedAt,
        String consentVersion) {

    public WorkerRegistration {
        Objects.requireNonNull(identity, "identity");
        if (PhoneCheck.of(phone) != PhoneCheck.VALID) {
            throw new IllegalArgumentException("phone is not a valid mainland mobile number: " + Masking.phone(phone));
        }
        jobCategoryCodes = List.copyOf(jobCategoryCodes);
        if (jobCategoryCodes.isEmpty()) {
            throw new IllegalArgumentException("at least one job category is required");
        }
        Objects.requireNonNull(pay, "pay");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(consentedAt, "consentedAt");
        Objects.requireNonNull(consentVersion, "consentVersion");
    }

    public String maskedPhone() {
        return Masking.phone(phone);
    }

    @Override
    public String toString() {
        return "WorkerRegistration[" + identity.map(CardIdentity::toString).orElse("no card") + ", "
                + maskedPhone() + ", " + jobCategoryCodes + ", " + pay + ", " + availability + ", " + status + "]";
    }
}
