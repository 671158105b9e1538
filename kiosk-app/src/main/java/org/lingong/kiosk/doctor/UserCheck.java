package org.lingong.kiosk.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Whether this process may use serial ports: its user is in group {@code dialout} (read from /proc and /etc/group). */
final class UserCheck {

    private final Path root;

    UserCheck(Path root) {
        this.root = root;
    }

    Finding check(String user) {
        if ("root".equals(user)) {
            return Finding.warn("user", "running as root, which may open every port: run it as the kiosk user "
                    + "(sudo -u lingong lingong-kiosk doctor) to see the kiosk's own permissions");
        }
        Optional<String> dialout = groupId("dialout");
        Set<String> groups = processGroups();
        if (dialout.isEmpty()) {
            return Finding.warn("user", "this machine has no group dialout");
        }
        if (!groups.contains(dialout.get())) {
            return Finding.fail("user", user + " is not in group dialout, so it cannot open serial ports "
                    + "(sudo adduser " + user + " dialout, then restart the kiosk)");
        }
        return Finding.ok("user", user + ", in group dialout");
    }

    private Set<String> processGroups() {
        for (String line : lines(root.resolve("proc/self/status"))) {
            if (line.startsWith("Groups:")) {
                return Arrays.stream(line.substring("Groups:".length()).trim().split("\\s+"))
                        .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
            }
        }
        return Set.of();
    }

    private Optional<String> groupId(String name) {
        return lines(root.resolve("etc/group")).stream().map(line -> line.split(":", -1))
                .filter(fields -> fields.length >= 3 && fields[0].equals(name)).map(fields -> fields[2]).findFirst();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
