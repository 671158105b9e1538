package org.lingong.platform.server.enrollment;

import org.lingong.platform.api.enrollment.EnrollmentCode;
import org.lingong.platform.api.enrollment.EnrollmentCodeRequest;
import org.lingong.platform.api.enrollment.EnrollmentRequest;
import org.lingong.platform.api.enrollment.EnrollmentResponse;
import org.lingong.platform.server.remote.PlatformSigningKey;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EnrollmentController {

    private final EnrollmentService service;
    private final PlatformSigningKey platformKey;

    EnrollmentController(EnrollmentService service, PlatformSigningKey platformKey) {
        this.service = service;
        this.platformKey = platformKey;
    }

    /** Unsigned: the terminal has no identity yet. The answer carries the platform's key for the kiosk to pin. */
    @PostMapping("/api/v1/enrollments")
    @ResponseStatus(HttpStatus.CREATED)
    EnrollmentResponse enroll(@RequestBody EnrollmentRequest request) {
        EnrollmentResponse enrolled = service.enroll(request);
        return new EnrollmentResponse(enrolled.terminalId(), enrolled.stationCode(), enrolled.stationName(),
                enrolled.regionCode(), enrolled.serverTime(), platformKey.publicKeyBase64());
    }

    @PostMapping("/api/v1/operator/enrollment-codes")
    @ResponseStatus(HttpStatus.CREATED)
    EnrollmentCode createCode(@RequestBody EnrollmentCodeRequest request) {
        return service.createCode(request);
    }
}
