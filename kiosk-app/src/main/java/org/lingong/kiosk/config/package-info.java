/** Typed, validated kiosk configuration ({@code kiosk.*} in {@code config/kiosk.yml}). */
@NullMarked
package org.lingong.kiosk.config;

import org.jspecify.annotations.NullMarked;
