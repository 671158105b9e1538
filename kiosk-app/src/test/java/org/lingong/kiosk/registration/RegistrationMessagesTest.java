package org.lingong.kiosk.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lingong.devices.idcard.codec.Gender;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;

/** Every key the registration builds from its enums exists in every bundle (the bundle test sees only literal keys). */
class RegistrationMessagesTest {

    @Test
    void everyEnumBuiltKeyExistsInEveryLanguage() {
        List<String> keys = new ArrayList<>();
        for (RegistrationStep step : RegistrationStep.values()) {
            keys.add(step.titleKey());
        }
        for (PhoneCheck check : PhoneCheck.values()) {
            keys.add(check.messageKey());
        }
        for (PayExpectation pay : PayExpectation.values()) {
            keys.add(pay.labelKey());
        }
        for (Availability availability : Availability.values()) {
            keys.add(availability.labelKey());
        }
        for (EmploymentStatus status : EmploymentStatus.values()) {
            keys.add(status.labelKey());
            keys.add(status.explanationKey());
        }
        for (Gender gender : Gender.values()) {
            keys.add(CardTexts.genderKey(gender));
        }
        for (KioskLanguage language : KioskLanguage.values()) {
            Messages messages = new Messages(language);
            // a missing key comes back as the key itself
            assertThat(keys).as("keys missing in " + language).allSatisfy(key -> assertThat(messages.get(key)).isNotEqualTo(key));
        }
        assertThat(keys).hasSizeGreaterThan(30);
    }
}
