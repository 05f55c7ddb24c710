import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const isoTime = z.string().max(40);
const version = z.string().min(1).max(64);

/** Why a version is never installed again (until something newer is published). */
export const BadReason = z.enum(['install-failed', 'start-failed']);
export type BadReason = z.infer<typeof BadReason>;

export const UpdateRecord = z.object({
  /** Versions that failed, newest last. */
  bad: z.array(z.object({ version, reason: BadReason, at: isoTime, detail: z.string().max(300) })).max(50).default([]),
  /** Install attempts of a version that did not take (the old version came back), by version. */
  installFailures: z.record(version, z.number().int().nonnegative()).default({}),
  /** Written just before the updater quits to install: what the next start should find. */
  pending: z.object({ from: version, to: version, at: isoTime }).nullable().default(null),
  /** The version started after an update, until it proves healthy: how many starts so far. */
  trial: z.object({ version, starts: z.number().int().nonnegative(), since: isoTime }).nullable().default(null),
  /** The last look at the feed: what it published, or why it failed or was refused (for `kiosk doctor`). */
  lastCheck: z.object({ at: isoTime, published: version.nullable(), error: z.string().max(300).nullable() }).nullable().default(null),
});
export type UpdateRecord = z.infer<typeof UpdateRecord>;
/** A record as written: the parts added in later versions may be left out. */
export type UpdateRecordInput = z.input<typeof UpdateRecord>;

export const emptyUpdateRecord = (): UpdateRecord => UpdateRecord.parse({});

/**
 * The updater's memory across restarts, in a small JSON file beside the database (not in
 * it: a database that fails to open after an update must not take this record with it).
 * A missing or unreadable file is an empty record; writes replace the file atomically.
 */
export class UpdateRecordFile {
  constructor(private readonly file: string) {}

  read(): UpdateRecord {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      return emptyUpdateRecord();
    }
    try {
      const parsed = UpdateRecord.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : emptyUpdateRecord();
    } catch {
      return emptyUpdateRecord();
    }
  }

  write(record: UpdateRecordInput): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const partial = `${this.file}.partial`;
    fs.writeFileSync(partial, `${JSON.stringify(UpdateRecord.parse(record), null, 2)}\n`);
    fs.renameSync(partial, this.file);
  }
}
