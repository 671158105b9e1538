package org.lingong.kiosk.registration;

import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.worker.DocumentLabels;

/**
 * The card data as the worker sees it on the first step: name and ID number masked, gender and
 * nation in words, the year of birth only (the whole date is eight of the resident ID number's digits: beside the
 * masked number it would show 15 of its 18). Empty strings when no card is in the session.
 */
public final class CardTexts {

    private final StringBinding maskedName;
    private final StringBinding maskedIdNumber;
    private final StringBinding numberLabel;
    private final BooleanBinding hasNation;
    private final StringBinding gender;
    private final StringBinding nation;
    private final StringBinding birthYear;

    CardTexts(ObservableValue<Optional<CardIdentity>> identity, Messages messages) {
        maskedName = text(identity, messages, id -> id.maskedName());
        maskedIdNumber = text(identity, messages, id -> id.maskedDocumentNumber());
        numberLabel = Bindings.createStringBinding(() -> messages.get(DocumentLabels.key(
                identity.getValue().map(CardIdentity::documentNumber).orElse(""))), identity, messages.languageProperty());
        hasNation = Bindings.createBooleanBinding(() -> identity.getValue().map(id -> id.nation() != null).orElse(true),
                identity);
        gender = text(identity, messages, id -> messages.get(genderKey(id.gender())));
        nation = text(identity, messages, id -> id.nation() == null ? messages.get("registration.card.noNation")
                : messages.get("registration.card.nationValue", id.nation()));
        birthYear = text(identity, messages, id -> messages.date("registration.card.birthYear.pattern", id.birthDate()));
    }

    /** The bundle key of a gender's word ({@code registration.gender.male}, …). */
    static String genderKey(org.lingong.devices.idcard.codec.Gender gender) {
        return "registration.gender." + gender.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static StringBinding text(ObservableValue<Optional<CardIdentity>> identity, Messages messages,
            Function<CardIdentity, String> format) {
        return Bindings.createStringBinding(() -> identity.getValue().map(format).orElse(""),
                identity, messages.languageProperty());
    }

    public StringBinding maskedName() {
        return maskedName;
    }

    public StringBinding maskedIdNumber() {
        return maskedIdNumber;
    }

    /** The label of the card's number, by the kind of card. */
    public StringBinding numberLabel() {
        return numberLabel;
    }

    /** False for a card that carries no nation (permits): the row is then left out. */
    public BooleanBinding hasNation() {
        return hasNation;
    }

    public StringBinding gender() {
        return gender;
    }

    public StringBinding nation() {
        return nation;
    }

    public StringBinding birthYear() {
        return birthYear;
    }
}
