package org.lingong.platform.server.figures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The figures as an Excel workbook (Apache POI): sheets 汇总, 每日, 每月 and, for a 盟市, 各驿站; numbers as numbers,
 * one column per {@link Figure} in its order, then the 好差评 average.
 */
final class FiguresWorkbook {

    private FiguresWorkbook() {
    }

    static byte[] write(Figures figures) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet summary = book.createSheet("汇总");
            text(summary.createRow(0), 0, "范围", bold);
            summary.getRow(0).createCell(1).setCellValue(figures.scope().title());
            summary.createRow(1).createCell(0).setCellValue("月份");
            summary.getRow(1).createCell(1).setCellValue(figures.month().toString());
            for (Figure figure : Figure.values()) {
                Row row = summary.createRow(3 + figure.ordinal());
                row.createCell(0).setCellValue(figure.words());
                row.createCell(1).setCellValue(figures.total().value(figure));
            }
            Row average = summary.createRow(3 + Figure.values().length);
            average.createCell(0).setCellValue(DashboardPage.AVERAGE);
            average.createCell(1).setCellValue(rounded(figures.total().averageRating()));
            summary.setColumnWidth(0, 24 * 256);
            summary.setColumnWidth(1, 30 * 256);
            sheet(book.createSheet("每日"), "日期", figures.days(), figures.total(), bold);
            sheet(book.createSheet("每月"), "月份", figures.months(), null, bold);
            if (figures.scope().kind().equals("region")) {
                sheet(book.createSheet("各驿站"), "驿站", figures.stations(), figures.total(), bold);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, String firstHeader, List<FigureRow> rows, FigureRow total, CellStyle bold) {
        Row header = sheet.createRow(0);
        text(header, 0, firstHeader, bold);
        for (Figure figure : Figure.values()) {
            text(header, 1 + figure.ordinal(), figure.words(), bold);
            sheet.setColumnWidth(1 + figure.ordinal(), 16 * 256);
        }
        text(header, 1 + Figure.values().length, DashboardPage.AVERAGE, bold);
        sheet.setColumnWidth(1 + Figure.values().length, 20 * 256);
        sheet.setColumnWidth(0, 30 * 256);
        int r = 1;
        for (FigureRow row : rows) {
            values(sheet.createRow(r++), row);
        }
        if (total != null) {
            values(sheet.createRow(r), total);
        }
        sheet.createFreezePane(1, 1);
    }

    private static void values(Row row, FigureRow figures) {
        row.createCell(0).setCellValue(figures.label());
        for (Figure figure : Figure.values()) {
            row.createCell(1 + figure.ordinal()).setCellValue(figures.value(figure));
        }
        row.createCell(1 + Figure.values().length).setCellValue(rounded(figures.averageRating()));
    }

    /** The mean rating to two decimals (0 when there is none), a number so that it sums and sorts in Excel. */
    private static double rounded(double average) {
        return Math.round(average * 100) / 100.0;
    }

    private static org.apache.poi.ss.usermodel.Cell text(Row row, int column, String value, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }
}
