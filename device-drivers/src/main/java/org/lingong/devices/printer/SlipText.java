package org.lingong.devices.printer;

import java.util.List;
import java.util.Objects;

/**
 * A slip in words, ready to be laid out: a title, a line under it, sections of labelled lines (a rule between two
 * sections), a QR code and its caption. The wording (labels, masking of personal data) is the caller's: the driver
 * only lays the lines out on the paper.
 *
 * @param qrToken the QR code's content; blank for none
 */
public record SlipText(String title, String subtitle, List<List<Line>> sections, String qrToken, String qrCaption) {

    /** {@code label：value}; an emphasised line is printed bold and tall. A blank value leaves the line out. */
    public record Line(String label, String value, boolean emphasised) {

        public Line {
            Objects.requireNonNull(label, "label");
        }

        public static Line of(String label, String value) {
            return new Line(label, value, false);
        }
    }

    public SlipText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        sections = sections.stream().map(List::copyOf).toList();
        Objects.requireNonNull(qrToken, "qrToken");
        Objects.requireNonNull(qrCaption, "qrCaption");
    }

    /** Every line of every section, in order (a page that draws its own rules). */
    public List<Line> lines() {
        return sections.stream().flatMap(List::stream).toList();
    }
}
