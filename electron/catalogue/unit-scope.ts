/**
 * Province rollout: a kiosk shows the fields (lĩnh vực) of its own unit, set by the
 * technician or by the district (the `unitFields` setting). The scope is read on every
 * call, so a change applies at once. No fields configured: the unit shows everything.
 */
export type UnitFields = () => readonly string[];

/** The unit's fields as the catalogue stores field names (NFC, trimmed), or null for all. */
export function unitScope(fields: UnitFields | undefined): ReadonlySet<string> | null {
  const list = fields?.() ?? [];
  if (list.length === 0) return null;
  return new Set(list.map((f) => f.normalize('NFC').trim()).filter((f) => f !== ''));
}

/** For SQL: `(@scope IS NULL OR field IN (SELECT value FROM json_each(@scope)))`. */
export function scopeJson(scope: ReadonlySet<string> | null): string | null {
  return scope === null ? null : JSON.stringify([...scope]);
}

export const inScope = (scope: ReadonlySet<string> | null, field: string): boolean => scope === null || scope.has(field);
