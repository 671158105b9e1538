package org.lingong.platform.api.content;

import java.time.LocalDate;

/** A vocational training course (职业技能培训). */
public record TrainingCourse(long id, String title, String provider, String location, LocalDate startDate,
                             LocalDate endDate, boolean subsidised, String detail) {
}
