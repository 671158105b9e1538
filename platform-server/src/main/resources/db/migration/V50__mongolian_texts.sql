-- Issue 15: optional texts in traditional Mongolian script (mn-Mong) for what kiosks show; NULL means none, and a
-- kiosk in Mongolian then shows the Chinese text. Rows and clients from before keep working unchanged.
ALTER TABLE job ADD COLUMN title_mn VARCHAR(200);
ALTER TABLE job_posting ADD COLUMN title_mn VARCHAR(200);
ALTER TABLE content_item ADD COLUMN title_mn VARCHAR(200);   -- SERVICE_ITEM: the item's name
