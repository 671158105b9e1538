package org.lingong.kiosk.slip;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A top-down writing cursor over one PDF page: text, wrapped paragraphs, label/value rows, rules
 * and images. Units are PDF points; y grows upwards as in PDF, the cursor moves down.
 */
final class SlipCanvas {

    private final PDPageContentStream content;
    private final float left;
    private final float right;
    private final float top;
    private float cursor;

    SlipCanvas(PDPageContentStream content, PDRectangle page, float margin) {
        this.content = content;
        this.left = margin;
        this.right = page.getWidth() - margin;
        this.top = page.getHeight() - margin;
        this.cursor = top;
    }

    float left() {
        return left;
    }

    float right() {
        return right;
    }

    float top() {
        return top;
    }

    float cursor() {
        return cursor;
    }

    void moveTo(float y) {
        cursor = y;
    }

    void moveDown(float points) {
        cursor -= points;
    }

    void text(String text, PDFont font, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    void centredText(String text, PDFont font, float size, float centreX, float baseline) throws IOException {
        text(text, font, size, centreX - width(text, font, size) / 2, baseline);
    }

    void image(PDImageXObject image, float x, float y, float size) throws IOException {
        content.drawImage(image, x, y, size, size);
    }

    void line(float x1, float y1, float x2, float y2) throws IOException {
        content.setLineWidth(0.8f);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    void rule(float width) throws IOException {
        content.setLineWidth(width);
        content.moveTo(left, cursor);
        content.lineTo(right, cursor);
        content.stroke();
    }

    /** A label in the left column and its value wrapped in the rest of the line. */
    void field(String label, String value, PDFont labelFont, PDFont valueFont, float size, float labelWidth, float gap)
            throws IOException {
        cursor -= size;
        text(label, labelFont, size - 1, left, cursor);
        List<String> lines = wrap(value, valueFont, size, right - left - labelWidth);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                cursor -= size + gap;
            }
            text(lines.get(i), valueFont, size, left + labelWidth, cursor);
        }
    }

    void paragraph(String text, PDFont font, float size, float gap) throws IOException {
        for (String line : wrap(text, font, size, right - left)) {
            cursor -= size + gap;
            text(line, font, size, left, cursor);
        }
    }

    /** Breaks at any character (Chinese has no spaces); never splits a surrogate pair. */
    static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int offset = 0; offset < text.length(); ) {
            int codePoint = text.codePointAt(offset);
            String character = new String(Character.toChars(codePoint));
            if (!line.isEmpty() && width(line + character, font, size) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(character);
            offset += Character.charCount(codePoint);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
