package org.lingong.kiosk.attract;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

import org.lingong.kiosk.i18n.BilingualTable;

/**
 * Demo stand-in for the platform's service item list: reads {@code demo-service-items.tsv} next to
 * this class (a {@link BilingualTable}: {@code code<TAB>中文名<TAB>English name}).
 */
public final class DemoServiceItemSource implements ServiceItemSource {

    static final String RESOURCE = "demo-service-items.tsv";

    @Override
    public List<ServiceItem> serviceItems() throws IOException {
        return items(BilingualTable.read(DemoServiceItemSource.class, RESOURCE, "demo service item list"));
    }

    static List<ServiceItem> parse(BufferedReader reader) throws IOException {
        return items(BilingualTable.parse(reader, RESOURCE));
    }

    private static List<ServiceItem> items(List<BilingualTable.Row> rows) {
        return rows.stream().map(row -> new ServiceItem(row.code(), row.chinese(), row.english(), row.mongolian())).toList();
    }
}
