package org.lingong.kiosk.card;

import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.recognition.WorkerRecognition;
import org.lingong.kiosk.registration.RegistrationStep;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.worker.PlacedCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where a card placed on the reader leads: a known worker's welcome, or registration (the reader is in devices). */
@Configuration(proxyBeanMethods = false)
public class CardConfiguration {

    @Bean
    CardPlacementRouter cardPlacementRouter(ScreenNavigator navigator, PlacedCard placedCard, IdleSession idle,
            NoticeViewModel notices, RegistrationViewModel registration, WorkerRecognition recognition) {
        return new CardPlacementRouter(navigator, placedCard, idle::touch, notices, registration::startWithCard,
                () -> registration.stepProperty().get() == RegistrationStep.WAITING_FOR_CARD, recognition);
    }
}
