package org.lingong.kiosk.notice;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.session.SessionScoped;

/**
 * The notice shown over the current screen, if any: one at a time, the newest wins, dismissed by the worker
 * ("知道了") or when the session ends. Notices never carry personal data. JavaFX thread only.
 */
public final class NoticeViewModel implements SessionScoped {

    private final ReadOnlyObjectWrapper<@Nullable Notice> current = new ReadOnlyObjectWrapper<>(this, "current");
    private List<String> arguments = List.of();

    public void show(Notice notice) {
        show(notice, List.of());
    }

    /**
     * Shows {@code notice} with message arguments ({@code {0}}, {@code {1}} … in its texts). Arguments are already
     * masked or not personal (a masked name, a job title, a date).
     */
    public void show(Notice notice, List<String> noticeArguments) {
        arguments = List.copyOf(noticeArguments);
        current.set(null); // the same notice with new arguments must still reach the view
        current.set(notice);
    }

    public void dismiss() {
        current.set(null);
        arguments = List.of();
    }

    /** The arguments of the current notice (empty when none). */
    public List<String> arguments() {
        return arguments;
    }

    public Optional<Notice> current() {
        return Optional.ofNullable(current.get());
    }

    public ReadOnlyObjectProperty<@Nullable Notice> currentProperty() {
        return current.getReadOnlyProperty();
    }

    @Override
    public void clearSession() {
        dismiss();
    }
}
