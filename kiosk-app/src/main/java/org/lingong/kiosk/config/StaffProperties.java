package org.lingong.kiosk.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The staff and technician screens ({@code kiosk.staff.*}).
 *
 * @param pinHash           hash of the station staff's PIN ({@code pbkdf2-sha256:ITERATIONS:SALT:HASH} or
 *                          {@code sha256:SALT:HASH}, see {@code kiosk-app/README.md}); empty: nobody can log in
 * @param technicianPinHash hash of the technician's PIN, same formats; the technician screen also reaches the staff
 *                          screen
 * @param devicesFile       where the technician screen writes the device settings ({@code kiosk.devices.*}); the
 *                          kiosk configuration imports it optionally, so its values win at the next start
 */
@ConfigurationProperties("kiosk.staff")
public record StaffProperties(@DefaultValue("") String pinHash, @DefaultValue("") String technicianPinHash,
        @DefaultValue("config/kiosk-devices.yml") Path devicesFile) {
}
