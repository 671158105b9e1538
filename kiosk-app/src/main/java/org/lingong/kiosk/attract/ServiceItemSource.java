package org.lingong.kiosk.attract;

import java.util.List;

/**
 * Port: the station's service item list. The platform client will implement it from the platform's
 * catalog (cached for offline use); {@link DemoServiceItemSource} stands in until then.
 *
 * <p>May block (disk, network): the kiosk calls it through the task executor, never on the UI thread.
 */
public interface ServiceItemSource {

    /** The items in display order; throws when the list cannot be read. */
    List<ServiceItem> serviceItems() throws Exception;
}
