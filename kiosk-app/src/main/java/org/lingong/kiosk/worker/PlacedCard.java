package org.lingong.kiosk.worker;

import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.jspecify.annotations.Nullable;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.kiosk.session.SessionScoped;

/**
 * The ID card placed during the current session: how the card read reaches registration. Wiped with the session;
 * lifting the card off the reader does not clear it (a worker may take the card back mid-form).
 *
 * <p>Privacy: holds personal data; {@link #toString()} shows only whether a card is held. JavaFX thread only.
 */
public final class PlacedCard implements SessionScoped {

    private final ReadOnlyObjectWrapper<@Nullable IdCard> card = new ReadOnlyObjectWrapper<>(this, "card");

    /** Keeps {@code placed} for this session, replacing an earlier card. */
    public void hold(IdCard placed) {
        card.set(placed);
    }

    public Optional<IdCard> card() {
        return Optional.ofNullable(card.get());
    }

    /** The held card, null when none: for screens that follow it. */
    public ReadOnlyObjectProperty<@Nullable IdCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    @Override
    public void clearSession() {
        card.set(null);
    }

    @Override
    public String toString() {
        return "PlacedCard[" + (card.get() == null ? "empty" : "holding a " + card.get().cardType()) + "]";
    }
}
