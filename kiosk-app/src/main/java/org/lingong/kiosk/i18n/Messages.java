package org.lingong.kiosk.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

import org.lingong.kiosk.session.SessionScoped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every visible string of the kiosk, in the current session's language.
 *
 * <p>Bundles: {@code org/lingong/kiosk/i18n/messages_zh_CN.properties} (default) and
 * {@code messages_en.properties} and {@code messages_mn_Mong.properties}, UTF-8. Every text comes out shaped for
 * traditional Mongolian ({@link MongolianShaping}), which leaves texts without Mongolian unchanged. The language belongs to the session: wiping the session
 * switches back to the configured default. Use from the JavaFX thread only.
 */
public final class Messages implements SessionScoped {

    static final String BUNDLE = "org.lingong.kiosk.i18n.messages";
    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    private final KioskLanguage defaultLanguage;
    private final ObjectProperty<KioskLanguage> language;
    private final Map<KioskLanguage, ResourceBundle> bundles = new EnumMap<>(KioskLanguage.class);
    private final Map<String, StringBinding> textBindings = new HashMap<>();

    public Messages(KioskLanguage defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
        this.language = new SimpleObjectProperty<>(this, "language", defaultLanguage);
    }

    public ReadOnlyObjectProperty<KioskLanguage> languageProperty() {
        return language;
    }

    public KioskLanguage language() {
        return language.get();
    }

    public void select(KioskLanguage newLanguage) {
        language.set(newLanguage);
    }

    /** The text for {@code key} in the current language, {@link MessageFormat} arguments applied. */
    public String get(String key, Object... args) {
        return get(language.get(), key, args);
    }

    /** The text for {@code key} in {@code lang}, whatever the session's language (e.g. Mandarin for the voice). */
    public String get(KioskLanguage lang, String key, Object... args) {
        String pattern = pattern(lang, key);
        String text = args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
        return MongolianShaping.shape(text);
    }

    /**
     * A date or time in the current language by the bundle's pattern {@code patternKey}, e.g.
     * {@code search.date.pattern}: the one formatter for every date the kiosk shows (Mongolian day and month names
     * from the bundle, see {@link CalendarPattern}). {@code value} must hold the pattern's fields (a
     * {@link java.time.ZonedDateTime} in the station's zone for a time).
     */
    public String date(String patternKey, java.time.temporal.TemporalAccessor value) {
        KioskLanguage lang = language.get();
        return MongolianShaping.shape(CalendarPattern.formatter(pattern(lang, patternKey), lang,
                n -> pattern(lang, "calendar.weekday." + n), n -> pattern(lang, "calendar.month." + n)).format(value));
    }

    /** A money amount as the kiosk writes it in every language: digits, no trailing zeros ({@code 160}, {@code 22.5}). */
    public static String amount(java.math.BigDecimal value) {
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Whether {@code key} has a text in {@code lang}'s bundle. */
    public boolean has(KioskLanguage lang, String key) {
        return bundles.computeIfAbsent(lang, Messages::load).containsKey(key);
    }

    /**
     * A binding that follows the language and any observable arguments. Without arguments it is one shared binding per
     * key, made once: views rebuilt per session or per step then add no listener to the language (which lives as long
     * as the kiosk), only to the key's binding, and those go with the view.
     */
    public StringBinding bind(String key, ObservableValue<?>... args) {
        if (args.length == 0) {
            return textBindings.computeIfAbsent(key, k -> Bindings.createStringBinding(() -> get(k), language));
        }
        ObservableValue<?>[] dependencies = new ObservableValue<?>[args.length + 1];
        dependencies[0] = language;
        System.arraycopy(args, 0, dependencies, 1, args.length);
        return Bindings.createStringBinding(() -> get(key, values(args)), dependencies);
    }

    @Override
    public void clearSession() {
        language.set(defaultLanguage);
    }

    static ResourceBundle load(KioskLanguage language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private String pattern(KioskLanguage lang, String key) {
        ResourceBundle bundle = bundles.computeIfAbsent(lang, Messages::load);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing message key '{}' for {}", key, lang);
            return key;
        }
    }

    private static Object[] values(ObservableValue<?>[] args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].getValue();
        }
        return values;
    }
}
