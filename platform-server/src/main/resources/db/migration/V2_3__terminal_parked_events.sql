-- What a terminal last reported as parked (events the platform refused for good, waiting for station staff):
-- the count and up to 10 lines "EVENT_TYPE<TAB>reason<TAB>slip number", for the fleet page's alert.
ALTER TABLE terminal ADD COLUMN parked_events INTEGER;
ALTER TABLE terminal ADD COLUMN parked_summary VARCHAR(2000);
