/**
 * Recognising workers this kiosk has registered: the per-kiosk secret, the store of known workers (keyed hashes of
 * ID numbers, no clear personal data), the worker codes the kiosk issues, and what happens when a worker is
 * recognised by card or code.
 */
@NullMarked
package org.lingong.kiosk.recognition;

import org.jspecify.annotations.NullMarked;
