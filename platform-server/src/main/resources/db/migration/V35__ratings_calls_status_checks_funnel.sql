-- Issue 14 items 2-4 and 6: 好差评 by service with reasons, 呼叫工作人员, 就业状态核实 (摸排), the visit funnel.

ALTER TABLE feedback ADD COLUMN service VARCHAR(40);
ALTER TABLE feedback ADD COLUMN reasons VARCHAR(300);
ALTER TABLE feedback ADD COLUMN worker_id BIGINT;

ALTER TABLE visit_count ADD COLUMN identified INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE visit_count ADD COLUMN searched INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE visit_count ADD COLUMN referred INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE visit_count ADD COLUMN printed INTEGER DEFAULT 0 NOT NULL;

-- Sessions per attract tile, one row per tile of a VISIT_COUNT event.
CREATE TABLE visit_tile (
    event_id     UUID        NOT NULL,
    tile         VARCHAR(40) NOT NULL,
    station_code VARCHAR(32) NOT NULL,
    stat_day     DATE        NOT NULL,
    sessions     INTEGER     NOT NULL,
    PRIMARY KEY (event_id, tile)
);

CREATE TABLE staff_call (
    event_id     UUID        PRIMARY KEY,
    station_code VARCHAR(32) NOT NULL,
    terminal_id  VARCHAR(32) NOT NULL,
    stat_day     DATE        NOT NULL,
    called_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    screen       VARCHAR(40)
);
CREATE INDEX staff_call_station_day ON staff_call(station_code, stat_day);

-- applied: false when another station holds the worker's record (its status is then left as it was).
CREATE TABLE employment_check (
    event_id     UUID        PRIMARY KEY,
    station_code VARCHAR(32) NOT NULL,
    stat_day     DATE        NOT NULL,
    worker_id    BIGINT      NOT NULL,
    situation    VARCHAR(20) NOT NULL,
    applied      BOOLEAN     NOT NULL
);
