-- Issue 14 item 4: the console's live list of 呼叫工作人员. Staff acknowledge a call there (马上到); the kiosk learns it
-- from its next heartbeat answer. A call leaves the list when its session ended (STAFF_CALL_ENDED) or it is old.
ALTER TABLE staff_call ADD COLUMN acknowledged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE staff_call ADD COLUMN acknowledged_by VARCHAR(64);
ALTER TABLE staff_call ADD COLUMN ended_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX staff_call_terminal_called ON staff_call(terminal_id, called_at);
CREATE INDEX staff_call_called ON staff_call(called_at);
