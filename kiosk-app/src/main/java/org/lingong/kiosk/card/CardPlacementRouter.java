package org.lingong.kiosk.card;

import java.util.function.Consumer;
import org.lingong.devices.idcard.CardEvent;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an ID card placed anywhere in the app leads. A placed card is held for the session ({@link PlacedCard})
 * and counts as activity; on the attract screen it opens registration. Removing the card ends nothing. A card that
 * cannot be read, or a reader problem, gets a calm notice saying what to do.
 *
 * <p>On the attract screen, and on the registration screen's "place your card" prompt, a placed card starts
 * registration through the {@code registration} callback ({@code RegistrationViewModel::startWithCard}, which keeps
 * the answers of the same worker mid-form). Recognising an already registered worker comes with the platform client.
 *
 * <p>Threading: JavaFX thread only (the reader's events arrive through the {@code TaskExecutor}). Logs only the
 * event kind and card type, never card data.
 */
public final class CardPlacementRouter {

    /** The screen a card opens from the attract screen. */
    public static final Screen REGISTRATION = Screen.REGISTER;

    private static final Logger log = LoggerFactory.getLogger(CardPlacementRouter.class);

    private final ScreenNavigator navigator;
    private final PlacedCard placedCard;
    private final Runnable activity;
    private final NoticeViewModel notices;
    private final Consumer<IdCard> registration;

    /**
     * @param activity     called for every placement, as a touch would be (keeps the session alive, or starts one)
     * @param registration starts (or resumes) registration with the card and shows its screen
     */
    public CardPlacementRouter(ScreenNavigator navigator, PlacedCard placedCard, Runnable activity,
            NoticeViewModel notices, Consumer<IdCard> registration) {
        this.navigator = navigator;
        this.placedCard = placedCard;
        this.activity = activity;
        this.notices = notices;
        this.registration = registration;
    }

    public void onCardEvent(CardEvent event) {
        if (event instanceof CardEvent.CardPlaced placed) {
            log.info("ID card placed ({}) on screen {}", placed.card().cardType(), navigator.current());
            activity.run();
            placedCard.hold(placed.card());
            notices.dismiss();
            if (navigator.current() == Screen.ATTRACT || navigator.current() == REGISTRATION) {
                registration.accept(placed.card());
            }
        } else if (event instanceof CardEvent.CardRemoved) {
            log.debug("ID card removed; the session goes on");
        } else if (event instanceof CardEvent.CardUnreadable unreadable) {
            log.info("ID card could not be read: {}", unreadable.outcome().getClass().getSimpleName());
            activity.run();
            notices.show(Notice.CARD_UNREADABLE);
        } else if (event instanceof CardEvent.ReaderError error) {
            log.warn("ID-card reader error: {}", error.result());
            notices.show(Notice.READER_PROBLEM);
        }
    }
}
