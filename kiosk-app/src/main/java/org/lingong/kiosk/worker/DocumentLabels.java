package org.lingong.kiosk.worker;

import org.lingong.devices.privacy.DocumentKind;

/** The bundle keys that name a worker's identity document number on screen. */
public final class DocumentLabels {

    private DocumentLabels() {
    }

    /**
     * The key of the label of a full or masked document number: {@code 身份证号}, {@code 居住证号码} or
     * {@code 永久居留证号码} ({@link DocumentKind} tells them apart by the characters masking keeps).
     */
    public static String key(String documentNumber) {
        DocumentKind kind = DocumentKind.of(documentNumber);
        return kind == DocumentKind.RESIDENT_ID ? "registration.card.idNumber" : "registration.card.number." + kind.name();
    }
}
