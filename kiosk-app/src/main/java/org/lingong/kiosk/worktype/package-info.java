/**
 * The work types (工种) a worker can choose at registration and filter the search by: one list for both, the platform's
 * (from the content bundle) or its bundled copy ({@link org.lingong.kiosk.worktype.DemoJobCategorySource}).
 */
@NullMarked
package org.lingong.kiosk.worktype;

import org.jspecify.annotations.NullMarked;
