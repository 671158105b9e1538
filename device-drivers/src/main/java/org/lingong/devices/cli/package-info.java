/**
 * The technician command line ({@code java -jar lingong-devices.jar}): one small picocli command class per
 * subcommand under {@link org.lingong.devices.cli.DeviceCli}. Only this package writes to the terminal; every
 * failure ends as one {@code error: …} line on stderr with an exit code from {@link org.lingong.devices.cli.ExitCodes}.
 */
package org.lingong.devices.cli;
