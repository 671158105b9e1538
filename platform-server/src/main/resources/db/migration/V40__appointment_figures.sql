-- The 预约 figures (stats.StatsService): how each booking was decided when it came in, kept when a later cancel
-- changes its status (a LOST booking can be cancelled too), and the day (Asia/Shanghai) it was first cancelled.
ALTER TABLE appointment ADD COLUMN decided VARCHAR(10);
UPDATE appointment SET decided = CASE WHEN status = 'LOST' THEN 'LOST' ELSE 'BOOKED' END;
ALTER TABLE appointment ALTER COLUMN decided SET NOT NULL;
ALTER TABLE appointment ADD COLUMN cancelled_day DATE;
UPDATE appointment SET cancelled_day = stat_day WHERE status = 'CANCELLED';
