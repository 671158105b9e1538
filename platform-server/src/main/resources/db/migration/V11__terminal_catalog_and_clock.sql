-- Issue 12, item 4: what the console's terminal detail and alerts need from the last heartbeat.
ALTER TABLE terminal ADD COLUMN content_version BIGINT;      -- content version the kiosk said it holds
ALTER TABLE terminal ADD COLUMN content_current BIGINT;      -- the station's content version at that heartbeat
ALTER TABLE terminal ADD COLUMN clock_skew_ms BIGINT;        -- server time minus the request's signed timestamp
