/**
 * Everyone can use it: voice prompts (speaker button, voice mode, keypad echo, the spoken idle warning), 大字模式
 * (large mode), high contrast, and the Mongolian script's root style; all plugged into the shell as one
 * {@link org.lingong.kiosk.shell.ShellExtension}.
 */
@NullMarked
package org.lingong.kiosk.inclusion;

import org.jspecify.annotations.NullMarked;
