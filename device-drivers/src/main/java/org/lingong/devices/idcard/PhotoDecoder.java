package org.lingong.devices.idcard;

import java.util.Optional;
import org.lingong.devices.idcard.codec.OpaqueBytes;

/**
 * Turns the card's WLT photo into a bitmap. The format is proprietary and needs the reader
 * vendor's native library (devices.md A.7); none ships with this project, so "no photo" is the
 * normal case and {@link #NONE} is the default.
 */
@FunctionalInterface
public interface PhotoDecoder {

    /** Decodes nothing: every photo is unavailable. */
    PhotoDecoder NONE = wlt -> Optional.empty();

    /**
     * @param wlt the photo bytes as read (normally 1024)
     * @return a 102×126 24-bit BMP file's bytes, or empty if the photo cannot be decoded here
     */
    Optional<byte[]> decodeToBmp(OpaqueBytes wlt);
}
