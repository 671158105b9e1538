package org.lingong.platform.api.events;

/**
 * Payload of {@code EMPLOYMENT_STATUS_CHECKED} (就业状态核实, 摸排): a returning worker (named by the envelope's
 * {@code workerRef}) answered whether their situation changed. The platform updates the worker's employment status
 * and counts the check.
 *
 * @param situation the answer
 */
public record EmploymentStatusCheck(Situation situation) implements EventPayload {

    /** The four answers of the check, finer than {@link EmploymentStatus}. */
    public enum Situation {
        /** 已就业. */
        EMPLOYED(EmploymentStatus.EMPLOYED),
        /** 灵活就业 (counts as employed in the policy figures). */
        FLEXIBLE(EmploymentStatus.EMPLOYED),
        /** 失业. */
        UNEMPLOYED(EmploymentStatus.UNEMPLOYED),
        /** 就业困难. */
        HARD_TO_EMPLOY(EmploymentStatus.HARD_TO_EMPLOY);

        private final EmploymentStatus status;

        Situation(EmploymentStatus status) {
            this.status = status;
        }

        /** The worker's employment status after this answer. */
        public EmploymentStatus status() {
            return status;
        }
    }
}
