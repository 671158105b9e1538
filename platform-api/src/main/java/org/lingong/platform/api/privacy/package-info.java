/** The one masking rule for names, ID numbers, phones and addresses, used by kiosk and platform alike. */
package org.lingong.platform.api.privacy;
