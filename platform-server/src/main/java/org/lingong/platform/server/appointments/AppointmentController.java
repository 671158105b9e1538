package org.lingong.platform.server.appointments;

import org.lingong.platform.api.appointments.AppointmentCalendar;
import org.lingong.platform.server.signing.SignedRequestFilter;
import org.lingong.platform.server.terminals.Terminal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AppointmentController {

    private final AppointmentDesk desk;

    AppointmentController(AppointmentDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/v1/appointments")
    AppointmentCalendar calendar(@RequestAttribute(SignedRequestFilter.TERMINAL_ATTRIBUTE) Terminal terminal) {
        return desk.calendarFor(terminal);
    }
}
