-- Issue 14 item 1: a station's own appointment calendar. A station without a row keeps the platform's template
-- (Mon-Sat, 09:00-11:30 and 14:30-17:00 in the station zone, 1 seat, 2 for the counter services 政策咨询 and 代办).
-- open_days: seven '1'/'0' from Monday to Sunday. A range (morning, afternoon) is absent when both its ends are NULL;
-- slots of 30 minutes start at its start and end no later than its end. closed_on: holidays, no slots that day.
CREATE TABLE station_calendar (
    station_code     VARCHAR(32)  NOT NULL PRIMARY KEY REFERENCES station(code) ON DELETE CASCADE,
    open_days        VARCHAR(7)   NOT NULL,
    morning_start    TIME,
    morning_end      TIME,
    afternoon_start  TIME,
    afternoon_end    TIME,
    seats            INTEGER      NOT NULL,
    counter_seats    INTEGER      NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(64)  NOT NULL,
    CONSTRAINT station_calendar_days CHECK (LENGTH(open_days) = 7),
    CONSTRAINT station_calendar_seats CHECK (seats BETWEEN 1 AND 20 AND counter_seats BETWEEN 1 AND 20)
);
CREATE TABLE station_closed_day (
    station_code  VARCHAR(32) NOT NULL REFERENCES station(code) ON DELETE CASCADE,
    closed_on     DATE        NOT NULL,
    PRIMARY KEY (station_code, closed_on)
);
