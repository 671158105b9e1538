package org.lingong.platform.server.enrollment;

import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.lingong.platform.api.enrollment.EnrollmentCode;
import org.lingong.platform.api.enrollment.EnrollmentCodeRequest;
import org.lingong.platform.api.enrollment.EnrollmentRequest;
import org.lingong.platform.api.enrollment.EnrollmentResponse;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.stations.StationRepository;
import org.lingong.platform.server.terminals.TerminalDirectory;
import org.lingong.platform.server.terminals.TerminalRepository;
import org.lingong.platform.server.terminals.TerminalRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates one-time enrollment codes and enrolls terminals with them. */
@Service
public class EnrollmentService {

    private static final Logger log = LoggerFactory.getLogger(EnrollmentService.class);
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private final EnrollmentCodeRepository codes;
    private final StationRepository stations;
    private final TerminalRepository terminals;
    private final TerminalDirectory directory;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EnrollmentService(EnrollmentCodeRepository codes, StationRepository stations, TerminalRepository terminals,
                      TerminalDirectory directory, Clock clock) {
        this.codes = codes;
        this.stations = stations;
        this.terminals = terminals;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public EnrollmentCode createCode(EnrollmentCodeRequest request) {
        Station station = requireStation(request.stationCode());
        int hours = request.validHours() == null ? 24 : request.validHours();
        if (hours < 1 || hours > 720) {
            throw ApiException.badRequest("invalid-value", "validHours must be between 1 and 720");
        }
        String code = randomText(4) + "-" + randomText(4);
        Instant expiresAt = clock.instant().plus(Duration.ofHours(hours));
        codes.insert(code, station.code(), expiresAt, false);
        return new EnrollmentCode(code, station.code(), expiresAt, false);
    }

    /**
     * Registers a reusable code, used by the demo profile only. A code that exists already is left as it is: one
     * retired by a revocation stays retired.
     */
    @Transactional
    public void ensureReusableCode(String code, String stationCode, Duration validity) {
        if (!codes.exists(code)) {
            codes.insert(code, requireStation(stationCode).code(), clock.instant().plus(validity), true);
        }
    }

    /** A revoked terminal must not come back with the reusable code that let it in: the station's reusable codes end. */
    @EventListener
    void retireReusableCodes(TerminalRevoked revoked) {
        int retired = codes.retireReusable(revoked.stationCode(), clock.instant());
        if (retired > 0) {
            log.warn("Terminal {} revoked: {} reusable enrollment code(s) of station {} retired", revoked.terminalId(),
                    retired, revoked.stationCode());
        }
    }

    @Transactional
    public EnrollmentResponse enroll(EnrollmentRequest request) {
        if (request.stationCode() == null || request.enrollmentCode() == null || request.publicKey() == null) {
            throw ApiException.badRequest("missing-field", "stationCode, enrollmentCode and publicKey are required");
        }
        PublicKey key = parseKey(request.publicKey());
        String appVersion = request.appVersion() == null ? null : truncate(request.appVersion(), 40);
        Instant now = clock.instant();
        if (terminals.isRevokedKey(Ed25519Keys.encodePublicKey(key))) {
            log.warn("Enrollment refused for station {}: the key belongs to a revoked terminal", printable(request.stationCode()));
            throw new ApiException(403, "revoked-key", "Enrollment refused",
                    "this key belongs to a revoked terminal; a revoked terminal cannot enroll again");
        }
        if (!codes.consume(request.enrollmentCode().trim(), request.stationCode(), now)) {
            log.warn("Enrollment refused for station {}: code unknown, used, expired or for another station (code not logged)",
                    printable(request.stationCode()));
            throw new ApiException(403, "invalid-enrollment-code", "Enrollment refused",
                    "the enrollment code is unknown, used, expired or for another station");
        }
        Station station = requireStation(request.stationCode());
        String terminalId = "T" + randomText(9);
        terminals.insert(terminalId, station.code(), Ed25519Keys.encodePublicKey(key), appVersion, now);
        directory.evict(terminalId);
        log.info("Terminal {} enrolled for station {}", terminalId, station.code());
        return new EnrollmentResponse(terminalId, station.code(), station.name(), station.regionCode(), now);
    }

    private Station requireStation(String code) {
        return stations.find(code).orElseThrow(() -> ApiException.notFound("unknown-station", "no station with this code"));
    }

    private static PublicKey parseKey(String base64) {
        try {
            return Ed25519Keys.decodePublicKey(base64);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-public-key", "publicKey must be base64 X.509 SubjectPublicKeyInfo of an Ed25519 key");
        }
    }

    private String randomText(int length) {
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(text);
    }

    private static String printable(String text) {
        return truncate(text.replaceAll("[^\\x20-\\x7e]", "?"), 40);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
