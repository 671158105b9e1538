package org.lingong.platform.server.jobs;

import java.math.BigDecimal;
import org.lingong.platform.api.jobs.JobDraft;
import org.lingong.platform.server.problem.ApiException;

/** Checks an operator's job draft; the first broken rule becomes a 400 problem naming the field. */
final class JobDraftValidator {

    private static final BigDecimal MAX_PAY = new BigDecimal("99999999.99");

    private JobDraftValidator() {
    }

    static void validate(JobDraft d) {
        text("title", d.title(), 100);
        text("category", d.category(), 40);
        text("employer", d.employer(), 100);
        text("contactName", d.contactName(), 40);
        text("contactPhone", d.contactPhone(), 20);
        text("districtName", d.districtName(), 40);
        text("address", d.address(), 200);
        text("workHours", d.workHours(), 60);
        if (d.mongolianTitle() != null && d.mongolianTitle().length() > 200) {
            throw invalid("mongolianTitle is longer than 200 characters");
        }
        if (d.requirements() != null && d.requirements().length() > 500) {
            throw invalid("requirements is longer than 500 characters");
        }
        if (d.districtCode() == null || !d.districtCode().matches("\\d{6}")) {
            throw invalid("districtCode must be a 6-digit GB/T 2260 code");
        }
        if (d.payAmount() == null || d.payAmount().signum() <= 0 || d.payAmount().scale() > 2
                || d.payAmount().compareTo(MAX_PAY) > 0) {
            throw invalid("payAmount must be a positive amount in yuan with at most two decimals");
        }
        if (d.payUnit() == null || d.status() == null) {
            throw invalid("payUnit and status are required");
        }
        if (d.headcount() < 1 || d.headcount() > 10_000) {
            throw invalid("headcount must be between 1 and 10000");
        }
        if (d.startDate() == null || d.endDate() == null || d.endDate().isBefore(d.startDate())) {
            throw new ApiException(400, "invalid-date", "Invalid date", "startDate and endDate are required, endDate not before startDate");
        }
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw invalid(field + " is required");
        }
        if (value.length() > max) {
            throw invalid(field + " is longer than " + max + " characters");
        }
    }

    private static ApiException invalid(String detail) {
        return ApiException.badRequest("invalid-value", detail);
    }
}
