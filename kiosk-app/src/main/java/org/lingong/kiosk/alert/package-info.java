/** Alerts for station staff (slips not printed, devices needing attention), shown on the admin screen. */
package org.lingong.kiosk.alert;
