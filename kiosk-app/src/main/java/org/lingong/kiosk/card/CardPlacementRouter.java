package org.lingong.kiosk.card;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.lingong.devices.idcard.CardEvent;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.recognition.WorkerRecognition;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.PlacedCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an ID card placed anywhere in the app leads. A placed card counts as activity and is held for the session
 * ({@link PlacedCard}); removing it ends nothing. A card that cannot be read, or a reader problem, gets a calm notice.
 *
 * <p>The card is first looked up among the workers registered at this kiosk ({@link WorkerRecognition}, off the JavaFX
 * thread). A known worker's card on the attract screen, the scan screen, the search screen or the registration
 * screen's "place your card" prompt welcomes them ("欢迎回来，张*明") on the search screen as the session's worker. An
 * unknown card on the attract or registration screen starts registration through the {@code registration} callback
 * ({@code RegistrationViewModel::startWithCard}, which keeps the answers of the same worker mid-form); elsewhere it is
 * only held.
 *
 * <p>One session, one person: a card of someone other than the held card's holder, or than the session's identified
 * worker, wipes the previous session first (as the idle timeout would) and is then handled as on the attract screen.
 *
 * <p>Threading: JavaFX thread only (the reader's events arrive through the {@code TaskExecutor}); a look-up answer
 * that arrives after a newer card was placed is dropped. Logs only the event kind and card type, never card data.
 */
public final class CardPlacementRouter {

    /** The screen an unknown card opens from the attract screen. */
    public static final Screen REGISTRATION = Screen.REGISTER;

    private static final Logger log = LoggerFactory.getLogger(CardPlacementRouter.class);

    private final ScreenNavigator navigator;
    private final PlacedCard placedCard;
    private final Runnable activity;
    private final NoticeViewModel notices;
    private final Consumer<IdCard> registration;
    private final BooleanSupplier registrationWaitingForCard;
    private final WorkerRecognition recognition;
    private long placements;

    /**
     * @param activity                   called for every placement, as a touch would be (keeps the session alive, or
     *                                   starts one)
     * @param registration               starts (or resumes) registration with the card and shows its screen
     * @param registrationWaitingForCard whether the registration screen still asks for a card (no answers yet)
     */
    public CardPlacementRouter(ScreenNavigator navigator, PlacedCard placedCard, Runnable activity,
            NoticeViewModel notices, Consumer<IdCard> registration, BooleanSupplier registrationWaitingForCard,
            WorkerRecognition recognition) {
        this.navigator = navigator;
        this.placedCard = placedCard;
        this.activity = activity;
        this.notices = notices;
        this.registration = registration;
        this.registrationWaitingForCard = registrationWaitingForCard;
        this.recognition = recognition;
    }

    public void onCardEvent(CardEvent event) {
        if (event instanceof CardEvent.CardPlaced placed) {
            log.info("ID card placed ({}) on screen {}", placed.card().cardType(), navigator.current());
            activity.run();
            notices.dismiss();
            long placement = ++placements;
            IdCard card = placed.card();
            recognition.byIdNumber(card.documentNumber(), known -> {
                if (placement == placements) {
                    route(card, known);
                }
            });
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

    private void route(IdCard card, Optional<ActiveWorker> known) {
        boolean swapped = isAnotherPerson(card, known);
        if (swapped) {
            recognition.startFreshSession();
            activity.run();
        }
        placedCard.hold(card);
        Screen screen = navigator.current();
        boolean welcomed = known.isPresent() && welcomesOn(screen);
        if (welcomed) {
            log.info("Known worker recognised by card");
            recognition.welcome(known.get());
        } else if (screen == Screen.ATTRACT || screen == REGISTRATION) {
            registration.accept(card);
        }
        if (swapped) {
            sayCardSwapped(welcomed ? known : Optional.empty());
        }
    }

    /** "已换成新的身份证，上一位的信息已清除", with the welcome when the new card's holder is a known worker. */
    private void sayCardSwapped(Optional<ActiveWorker> welcomed) {
        if (welcomed.isPresent()) {
            notices.show(Notice.CARD_SWAPPED_WELCOME, List.of(welcomed.get().maskedName()));
        } else {
            notices.show(Notice.CARD_SWAPPED);
        }
    }

    private boolean isAnotherPerson(IdCard card, Optional<ActiveWorker> known) {
        Optional<IdCard> held = placedCard.card();
        if (held.isPresent()) {
            return !held.get().documentNumber().equals(card.documentNumber());
        }
        return recognition.sessionBelongsToAnother(known);
    }

    private boolean welcomesOn(Screen screen) {
        return screen == Screen.ATTRACT || screen == Screen.SCAN || screen == Screen.FIND_JOB
                || (screen == REGISTRATION && registrationWaitingForCard.getAsBoolean());
    }
}
