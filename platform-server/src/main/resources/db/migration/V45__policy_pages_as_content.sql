-- Issue 14 item 5: policy pages (政策) become a kind of content item, so operators author them in the console like
-- every other section (versioned by change_seq, removed rows kept, region-scoped, audited). A page keeps its fields:
-- summary in detail, where to go in location (widened to the page's 300), the full text's https URL in link_url, and
-- two columns of its own. The pages' change numbers move with them, so no region's content version falls.
ALTER TABLE content_item ADD COLUMN who_qualifies VARCHAR(500);
ALTER TABLE content_item ADD COLUMN what_to_bring VARCHAR(500);
ALTER TABLE content_item ALTER COLUMN location SET DATA TYPE VARCHAR(300);
INSERT INTO content_item (kind, region_code, station_code, title, location, detail, who_qualifies, what_to_bring,
                          link_url, change_seq)
SELECT 'POLICY', region_code, NULL, title, where_to_go, summary, who_qualifies, what_to_bring, full_text_url, change_seq
FROM policy_page;
DROP TABLE policy_page;
