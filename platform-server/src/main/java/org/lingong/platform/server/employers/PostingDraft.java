package org.lingong.platform.server.employers;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.lingong.platform.api.jobs.PayUnit;

/**
 * A job as an employer wrote it, checked ({@link PostingForm}); {@code mongolianTitle} is the title in traditional
 * Mongolian script, or null.
 */
public record PostingDraft(String title, String category, String districtCode, String districtName, String address,
                           BigDecimal payAmount, PayUnit payUnit, int headcount, LocalDate startDate, LocalDate endDate,
                           String workHours, String requirements, boolean meals, boolean lodging,
                           String mongolianTitle) {

    public String regionCode() {
        return districtCode.substring(0, 4);
    }
}
