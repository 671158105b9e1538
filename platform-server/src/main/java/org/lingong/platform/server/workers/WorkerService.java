package org.lingong.platform.server.workers;

import java.util.List;
import java.util.Set;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.api.events.WorkerProfile;
import org.lingong.platform.api.privacy.Masking;
import org.lingong.platform.api.workers.IdNumber;
import org.lingong.platform.api.workers.InvalidIdNumberException;
import org.lingong.platform.server.crypto.PersonalDataCipher;
import org.lingong.platform.server.problem.ApiException;
import org.springframework.stereotype.Service;

/**
 * Validates worker profiles and stores them deduplicated by HMAC of the ID number, with ID number, name and phone
 * encrypted. A worker's record belongs to someone accountable: creating it (and any {@code WORKER_REGISTERED}) needs
 * the worker's consent; the station holding the record changes it freely, another station changes name, phone or
 * employment status only with a fresh card read and consent of its own (and then holds the record); every change
 * leaves an audit row naming the fields, never their values. Must run inside the caller's transaction.
 */
@Service
public class WorkerService {

    private final WorkerRepository workers;
    private final WorkerAuditRepository audit;
    private final PersonalDataCipher cipher;

    WorkerService(WorkerRepository workers, WorkerAuditRepository audit, PersonalDataCipher cipher) {
        this.workers = workers;
        this.audit = audit;
        this.cipher = cipher;
    }

    /**
     * @param registration true for {@code WORKER_REGISTERED}, which always needs consent
     * @return the platform's worker id
     */
    public long register(WorkerProfile profile, boolean registration, WorkerChangeSource source, String workerRef) {
        IdNumber id = parseId(profile.idNumber());
        validate(profile);
        if (registration && !profile.consent()) {
            throw consentMissing("registration requires the worker's consent");
        }
        WorkerRepository.StoredWorker stored = new WorkerRepository.StoredWorker(cipher.idHash(id.value()),
                cipher.encrypt(id.value()), cipher.encrypt(profile.name().strip()),
                Masking.name(profile.name()), profile.phone() == null ? null : cipher.encrypt(profile.phone()),
                WorkerValues.of(profile).skills(), profile.expectedDailyPay(), profile.availability(),
                profile.employmentStatus());
        long workerId = workers.lockByHash(stored.idHash())
                .map(existing -> change(existing, stored, profile, source))
                .orElseGet(() -> create(stored, profile, source));
        workers.link(source.terminalId(), workerRef, workerId);
        return workerId;
    }

    /**
     * A returning worker answered the employment-status check (摸排). The status changes when this station holds the
     * worker's record; another station's check is recorded by the caller but leaves the status alone (the holder
     * decides, as for {@link #register}).
     *
     * @return true if the worker's status is now the one answered
     */
    public boolean statusChecked(long workerId, EmploymentStatus status, WorkerChangeSource source) {
        WorkerRepository.StatusHolder current = workers.statusHolder(workerId).orElseThrow();
        if (!current.accountableStation().equals(source.stationCode())) {
            return current.status() == status;
        }
        if (current.status() != status) {
            workers.updateEmploymentStatus(workerId, status, source.receivedAt());
            audit.record(workerId, WorkerAuditRepository.Action.UPDATED, Set.of(WorkerField.EMPLOYMENT_STATUS), source,
                    false, true, current.accountableStation());
        }
        return true;
    }

    private long create(WorkerRepository.StoredWorker stored, WorkerProfile profile, WorkerChangeSource source) {
        if (!profile.consent()) {
            throw consentMissing("the worker is not known: creating a worker requires the worker's consent");
        }
        long workerId = workers.insert(stored, source.stationCode(), source.receivedAt());
        audit.record(workerId, WorkerAuditRepository.Action.CREATED, WorkerValues.of(profile).present(), source,
                profile.readFromCard(), profile.consent(), source.stationCode());
        return workerId;
    }

    private long change(WorkerRepository.ExistingWorker existing, WorkerRepository.StoredWorker stored,
                        WorkerProfile profile, WorkerChangeSource source) {
        Set<WorkerField> changed = clearValues(existing.stored()).differencesTo(WorkerValues.of(profile));
        boolean holder = existing.accountableStation().equals(source.stationCode());
        boolean attested = profile.readFromCard() && profile.consent();
        if (!holder && !attested && changed.stream().anyMatch(WorkerField::isProtected)) {
            throw new ApiException(403, "card-read-required", "Forbidden", "another station holds this worker's "
                    + "record: changing name, phone or employment status needs a fresh card read and the worker's "
                    + "consent at this station (cardRead and consent true)");
        }
        String accountable = attested ? source.stationCode() : existing.accountableStation();
        if (!changed.isEmpty() || !accountable.equals(existing.accountableStation())) {
            workers.update(existing.id(), stored, accountable, source.receivedAt());
            audit.record(existing.id(), WorkerAuditRepository.Action.UPDATED, changed, source, profile.readFromCard(),
                    profile.consent(), accountable);
        }
        return existing.id();
    }

    private WorkerValues clearValues(WorkerRepository.StoredWorker w) {
        String phone = w.phoneCipher() == null ? null : cipher.decrypt(w.phoneCipher());
        return new WorkerValues(cipher.decrypt(w.nameCipher()), phone, w.skills(), w.expectedDailyPay(), w.availability(),
                w.employmentStatus());
    }

    private static ApiException consentMissing(String detail) {
        return ApiException.badRequest("consent-missing", detail);
    }

    private static IdNumber parseId(String text) {
        try {
            return IdNumber.parse(text);
        } catch (InvalidIdNumberException e) {
            throw new ApiException(400, "invalid-id-number", "Invalid ID number",
                    e.getMessage() + " (GB 11643 rule " + e.rule() + ")");
        }
    }

    private static void validate(WorkerProfile p) {
        if (p.name() == null || p.name().isBlank() || p.name().strip().length() > 30) {
            throw ApiException.badRequest("invalid-value", "name is required, at most 30 characters");
        }
        if (p.phone() != null && !p.phone().matches("\\+?[0-9-]{5,20}")) {
            throw ApiException.badRequest("invalid-value", "phone must be 5-20 digits");
        }
        if (p.employmentStatus() == null) {
            throw ApiException.badRequest("invalid-value", "employmentStatus is required");
        }
        List<String> skills = p.skills() == null ? List.of() : p.skills();
        if (skills.size() > 20 || skills.stream().anyMatch(s -> s == null || s.isBlank()
                || s.codePointCount(0, s.length()) > 20 || s.contains(","))) {
            throw ApiException.badRequest("invalid-value", "at most 20 skills of 1-20 characters without commas");
        }
        if (p.expectedDailyPay() != null && (p.expectedDailyPay() < 0 || p.expectedDailyPay() > 100_000)) {
            throw ApiException.badRequest("invalid-value", "expectedDailyPay must be 0-100000 yuan");
        }
        if (p.availability() != null && p.availability().length() > 100) {
            throw ApiException.badRequest("invalid-value", "availability is at most 100 characters");
        }
    }
}
