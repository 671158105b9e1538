package org.lingong.devices.idcard.codec;

import org.lingong.platform.api.workers.IdNumber;
/**
 * The cards written in the resident text-block layout (devices.md A.5): 居民身份证 and 港澳台居民居住证 keep
 * name, gender, birth date, address, the 18-character ID number, issuing authority and validity at the
 * same offsets. The name is the display name and the ID number the document number.
 */
public sealed interface ResidentLayoutCard extends IdCard permits ResidentIdCard, HmtResidencePermit {

    /** The Chinese name. Personal data: mask before logging ({@code 张*三}). */
    String name();

    /** Personal data: do not log. */
    String address();

    IdNumber idNumber();

    /** 签发机关. */
    String authority();

    @Override
    default String displayName() {
        return name();
    }

    @Override
    default String documentNumber() {
        return idNumber().value();
    }
}
