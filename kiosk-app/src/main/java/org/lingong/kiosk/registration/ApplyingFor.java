package org.lingong.kiosk.registration;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The job a worker tapped 我要报名 on before they were identified: the card step names it, and its 返回 goes back to the
 * job instead of the attract screen. Set and cleared by the referral feature. JavaFX thread only.
 */
public final class ApplyingFor {

    private final ReadOnlyStringWrapper jobTitle = new ReadOnlyStringWrapper(this, "jobTitle", "");
    private Runnable backToJob = () -> { };

    /** @param backToJob shows the job again and drops the pending 我要报名 */
    public void set(String title, Runnable backToJob) {
        this.backToJob = backToJob;
        jobTitle.set(title);
    }

    public void clear() {
        backToJob = () -> { };
        jobTitle.set("");
    }

    /** The job's title; empty when the worker is not identifying for a job. */
    public ReadOnlyStringProperty jobTitleProperty() {
        return jobTitle.getReadOnlyProperty();
    }

    boolean present() {
        return !jobTitle.get().isEmpty();
    }

    void backToJob() {
        Runnable back = backToJob;
        clear();
        back.run();
    }
}
