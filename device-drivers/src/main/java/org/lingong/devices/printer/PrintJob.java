package org.lingong.devices.printer;

import java.util.List;
import org.lingong.devices.printer.codec.EncodedText;

/**
 * The bytes of one ESC/POS job and the characters that could not be printed as themselves.
 *
 * @param bytes        the complete job, from {@code ESC @} to the cut
 * @param replacements characters printed as an equivalent or as the marker; callers may log or refuse
 */
public record PrintJob(byte[] bytes, List<EncodedText.Replacement> replacements) {

    public PrintJob {
        bytes = bytes.clone();
        replacements = List.copyOf(replacements);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "PrintJob[" + bytes.length + " bytes, " + replacements.size() + " replacements]";
    }
}
