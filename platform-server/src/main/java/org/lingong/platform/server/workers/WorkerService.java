package org.lingong.platform.server.workers;

import java.time.Instant;
import java.util.List;
import org.lingong.platform.api.events.WorkerProfile;
import org.lingong.platform.api.workers.IdNumber;
import org.lingong.platform.api.workers.InvalidIdNumberException;
import org.lingong.platform.api.workers.PersonalDataMask;
import org.lingong.platform.server.crypto.PersonalDataCipher;
import org.lingong.platform.server.problem.ApiException;
import org.springframework.stereotype.Service;

/**
 * Validates worker profiles and stores them deduplicated by HMAC of the ID number, with ID number,
 * name and phone encrypted. Must run inside the caller's transaction.
 */
@Service
public class WorkerService {

    private final WorkerRepository workers;
    private final PersonalDataCipher cipher;

    WorkerService(WorkerRepository workers, PersonalDataCipher cipher) {
        this.workers = workers;
        this.cipher = cipher;
    }

    /** @return the platform's worker id */
    public long register(WorkerProfile profile, boolean requireConsent, String terminalId, String workerRef,
                         String stationCode, Instant now) {
        IdNumber id = parseId(profile.idNumber());
        validate(profile, requireConsent);
        WorkerRepository.StoredWorker stored = new WorkerRepository.StoredWorker(cipher.idHash(id.value()),
                cipher.encrypt(id.value()), cipher.encrypt(profile.name().strip()),
                PersonalDataMask.name(profile.name()), profile.phone() == null ? null : cipher.encrypt(profile.phone()),
                String.join(",", profile.skills() == null ? List.of() : profile.skills()), profile.expectedDailyPay(),
                profile.availability(), profile.employmentStatus());
        long workerId = workers.upsert(stored, stationCode, now);
        workers.link(terminalId, workerRef, workerId);
        return workerId;
    }

    private static IdNumber parseId(String text) {
        try {
            return IdNumber.parse(text);
        } catch (InvalidIdNumberException e) {
            throw new ApiException(400, "invalid-id-number", "Invalid ID number",
                    e.getMessage() + " (GB 11643 rule " + e.rule() + ")");
        }
    }

    private static void validate(WorkerProfile p, boolean requireConsent) {
        if (requireConsent && !p.consent()) {
            throw ApiException.badRequest("consent-missing", "registration requires the worker's consent");
        }
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
