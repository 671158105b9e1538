-- Content edited in the console (issue 12, item 5). A removed item stays as a row with removed = TRUE and a new
-- change_seq, so the content version of its region still rises (MAX(change_seq) never falls) and kiosks fetch a
-- bundle without it. link_url: the https stream link of a 直播带岗 session.
ALTER TABLE content_item ADD COLUMN removed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE content_item ADD COLUMN link_url VARCHAR(500);
