-- The contract allows 20 skills of 20 characters each; stored comma-joined that is 419 characters (up to 819
-- UTF-16 units, which H2 counts, for characters outside the BMP), more than the VARCHAR(400) of V1 held.
ALTER TABLE worker ALTER COLUMN skills SET DATA TYPE VARCHAR(1000);
