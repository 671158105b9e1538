package org.lingong.kiosk.notice;

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

    public void show(Notice notice) {
        current.set(notice);
    }

    public void dismiss() {
        current.set(null);
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
