package org.lingong.devices.idcard.codec;

import java.time.LocalDate;

/**
 * The data of one identity document read through the SAM: a resident ID card or one of the permits
 * that share the reader (devices.md A.5). Photo (WLT) and fingerprint bytes are kept opaque and
 * may be empty.
 *
 * <p>Every implementation's {@code toString()} masks the name ({@code 张*三}) and the document number
 * ({@code 150***********1234}) and leaves out address and dates.
 */
public sealed interface IdCard permits ResidentLayoutCard, ForeignerPermit2017, ForeignerPermit2023 {

    CardType cardType();

    /** The name to show: the Chinese name, or the English name if the card has no Chinese one. */
    String displayName();

    Gender gender();

    LocalDate birthDate();

    /** The document number: ID number, permit number. Personal data: do not log. */
    String documentNumber();

    LocalDate validFrom();

    Validity validTo();

    /** The WLT-encoded photo as read, usually 1024 bytes; empty when not read. */
    OpaqueBytes photo();

    /** The fingerprint data as read; empty when the card has none or it was not read. */
    OpaqueBytes fingerprint();

    /** The same card with the photo and fingerprint bytes from the read payload. */
    IdCard withImages(OpaqueBytes photo, OpaqueBytes fingerprint);
}
