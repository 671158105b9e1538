package org.lingong.kiosk.registration;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.kiosk.session.SessionScoped;

/**
 * The answers of one registration in progress. Lives only in memory and only for the session:
 * nothing here is stored anywhere until the worker consents ({@link #toRegistration}), and
 * {@link #clearSession()} forgets all of it. Not thread-safe: JavaFX thread only.
 * {@link #toString()} holds no personal data.
 */
public final class RegistrationDraft implements SessionScoped {

    private @Nullable CardIdentity identity;
    private boolean startedByStaff;
    private String phone = "";
    private final Set<String> jobCategoryCodes = new LinkedHashSet<>();
    private @Nullable PayExpectation pay;
    private @Nullable Availability availability;
    private @Nullable EmploymentStatus status;

    /** Starts over with the data of this card (photo and address are not kept). */
    public void startWithCard(IdCard card) {
        clearSession();
        identity = CardIdentity.of(card);
    }

    /** Starts over without a card: only station staff may do this (e.g. a worker whose card is broken). */
    public void startWithoutCardByStaff() {
        clearSession();
        startedByStaff = true;
    }

    public boolean isStarted() {
        return identity != null || startedByStaff;
    }

    public Optional<CardIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    public String phone() {
        return phone;
    }

    public void setPhone(String digits) {
        phone = digits;
    }

    public Set<String> jobCategoryCodes() {
        return Set.copyOf(jobCategoryCodes);
    }

    /** Selects the category when it was not selected, else deselects it; returns whether it is now selected. */
    public boolean toggleJobCategory(String code) {
        if (jobCategoryCodes.remove(code)) {
            return false;
        }
        jobCategoryCodes.add(code);
        return true;
    }

    public Optional<PayExpectation> pay() {
        return Optional.ofNullable(pay);
    }

    public void setPay(PayExpectation value) {
        pay = value;
    }

    public Optional<Availability> availability() {
        return Optional.ofNullable(availability);
    }

    public void setAvailability(Availability value) {
        availability = value;
    }

    public Optional<EmploymentStatus> status() {
        return Optional.ofNullable(status);
    }

    public void setStatus(EmploymentStatus value) {
        status = value;
    }

    /**
     * The registration to hand to the sink once the worker consented.
     *
     * @param orderedCodes the selected codes in display order (the draft keeps selection order)
     * @throws IllegalStateException when an answer is missing (the steps prevent that)
     */
    public WorkerRegistration toRegistration(List<String> orderedCodes, Instant consentedAt, String consentVersion) {
        if (pay == null || availability == null || status == null) {
            throw new IllegalStateException("registration is incomplete: pay, availability and status are required");
        }
        List<String> codes = orderedCodes.stream().filter(jobCategoryCodes::contains).toList();
        return new WorkerRegistration(identity(), phone, codes, pay, availability, status, consentedAt, consentVersion);
    }

    @Override
    public void clearSession() {
        identity = null;
        startedByStaff = false;
        phone = "";
        jobCategoryCodes.clear();
        pay = null;
        availability = null;
        status = null;
    }

    @Override
    public String toString() {
        return "RegistrationDraft[started=" + isStarted() + ", card=" + (identity != null) + ", jobs="
                + jobCategoryCodes.size() + "]";
    }
}
