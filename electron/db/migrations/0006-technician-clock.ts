export default {
  version: 6,
  name: 'technician-clock',
  sql: `
-- The PIN lockout is measured on the host's monotonic clock, not the wall clock (which a
-- technician or NTP may step): what is stored is how long it still runs, as last measured,
-- and a restart re-arms that much. 0: a lockout that ran out; NULL: none.
ALTER TABLE technician_pin ADD COLUMN lock_remaining_ms INTEGER;
UPDATE technician_pin SET lock_remaining_ms =
  CASE WHEN locked_until IS NULL THEN NULL ELSE max(0, locked_until - CAST(unixepoch('subsec') * 1000 AS INTEGER)) END;
ALTER TABLE technician_pin DROP COLUMN locked_until;
-- The one-time code that proves a technician is at the kiosk when the first PIN is chosen
-- (printed by \`kiosk config reset-pin\`), as a scrypt hash like the PIN; NULL once used.
ALTER TABLE technician_pin ADD COLUMN setup_code_hash TEXT;
`,
};
