package org.lingong.kiosk.scan;

/**
 * Port: where a scanned code goes, from either scanner. Today {@link NoticeScanRouter} says "已扫码" and what will
 * happen; opening the job or the worker comes with the search and registration features, which replace it.
 * JavaFX thread only.
 */
@FunctionalInterface
public interface ScanRouter {

    void route(Scan scan);
}
