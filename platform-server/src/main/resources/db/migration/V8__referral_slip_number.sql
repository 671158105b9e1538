-- The number printed on a referral slip (TJ-20261205-0003), reported by the kiosk with REFERRAL_ISSUED so the fleet
-- page names slips as staff read them. NULL for slips of kiosks that did not report it.
ALTER TABLE referral ADD COLUMN slip_number VARCHAR(40);
