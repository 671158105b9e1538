package org.lingong.kiosk.search;

import org.lingong.platform.client.catalog.JobSort;

/** The sort tiles: 最新 / 工资高 / 开工早. */
public enum SearchSort {
    NEWEST(JobSort.NEWEST, "search.sort.newest"),
    PAY(JobSort.PAY, "search.sort.pay"),
    START(JobSort.WORK_DATE, "search.sort.start");

    private final JobSort catalogSort;
    private final String labelKey;

    SearchSort(JobSort catalogSort, String labelKey) {
        this.catalogSort = catalogSort;
        this.labelKey = labelKey;
    }

    public JobSort catalogSort() {
        return catalogSort;
    }

    public String labelKey() {
        return labelKey;
    }
}
