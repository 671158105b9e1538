package org.lingong.platform.server.enrollment;

import org.lingong.platform.api.enrollment.EnrollmentCode;
import org.lingong.platform.api.enrollment.EnrollmentCodeRequest;
import org.lingong.platform.api.enrollment.EnrollmentRequest;
import org.lingong.platform.api.enrollment.EnrollmentResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EnrollmentController {

    private final EnrollmentService service;

    EnrollmentController(EnrollmentService service) {
        this.service = service;
    }

    /** Unsigned: the terminal has no identity yet. */
    @PostMapping("/api/v1/enrollments")
    @ResponseStatus(HttpStatus.CREATED)
    EnrollmentResponse enroll(@RequestBody EnrollmentRequest request) {
        return service.enroll(request);
    }

    @PostMapping("/api/v1/operator/enrollment-codes")
    @ResponseStatus(HttpStatus.CREATED)
    EnrollmentCode createCode(@RequestBody EnrollmentCodeRequest request) {
        return service.createCode(request);
    }
}
