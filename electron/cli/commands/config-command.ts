import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { isSettingKey, settingsSchema } from '../../../shared/contract/index.ts';
import { openDatabase } from '../../db/open-database.ts';
import { SettingError } from '../../settings/settings-store.ts';
import { SettingChanges } from '../../settings/setting-changes.ts';
import { summariseCa } from '../../settings/ca-summary.ts';
import { kioskStores } from '../../stores/kiosk-stores.ts';
import { defaultKioskDbPath } from '../../technician/default-db-path.ts';
import { publicSettings } from '../../technician/diagnostics-bundle.ts';
import { formatSetupCode } from '../../technician/setup-code.ts';
import { TechnicianAuth } from '../../technician/technician-auth.ts';
import { printJson, UsageError } from '../cli-io.ts';
import type { CliIo } from '../cli-io.ts';

export const configUsage = `kiosk config get [<key>] [--db <file>] [--json]
  kiosk config set <key> <value> [--db <file>]     (districtCaPem: --file <pem>; districtToken: the kiosk token)
  kiosk config reset-pin [--db <file>]             (prints a one-time setup code: the technician at the kiosk types it, then sets a new PIN)
  kiosk config set-pin [--db <file>] < pin-file    (sets the PIN from standard input, never from the command line)`;

const TOKEN_KEY = 'districtToken';

/** A value typed in a shell: JSON when it reads as a valid value (120, true, null, ["a"]), else the text itself. */
function readValue(key: string, raw: string): unknown {
  const schema = settingsSchema[key as keyof typeof settingsSchema];
  let parsed: unknown;
  let isJson = true;
  try {
    parsed = JSON.parse(raw);
  } catch {
    isJson = false;
  }
  if (isJson && schema.safeParse(parsed).success) return parsed;
  if (schema.safeParse(raw).success) return raw;
  return isJson && typeof parsed !== 'string' ? parsed : raw;
}

/** The PIN piped in (`read -s PIN; printf '%s' "$PIN" | kiosk config set-pin`): never in argv, the shell history or `ps`. */
function readPinFromStdin(io: CliIo): string {
  if (process.stdin.isTTY) io.stderr.write('Type the new PIN (6 to 12 digits), then Enter and Ctrl-D:\n');
  return fs.readFileSync(0, 'utf8').trim();
}

/** `kiosk config`: read and change the kiosk's settings with the same validation as technician mode. */
export async function configCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, json: { type: 'boolean', default: false }, file: { type: 'string' } },
  });
  const [action, key, rawValue, ...extra] = positionals;
  if (!action || !['get', 'set', 'reset-pin', 'set-pin'].includes(action) || extra.length > 0) throw new UsageError(configUsage);
  if ((action === 'reset-pin' || action === 'set-pin') && key !== undefined) throw new UsageError(configUsage);
  const dbPath = values.db ?? defaultKioskDbPath();
  if (key !== undefined && key !== TOKEN_KEY && !isSettingKey(key)) {
    io.stderr.write(`Unknown setting "${key}". Settings: ${Object.keys(settingsSchema).join(', ')}, ${TOKEN_KEY}.\n`);
    return 2;
  }
  // Only reading needs an existing kiosk; setting a value or the PIN (before the first start, from an installer) creates it.
  if (action === 'get' && !fs.existsSync(dbPath)) {
    io.stderr.write(`No kiosk database at ${dbPath}.\n`);
    return 2;
  }

  const db = openDatabase(dbPath);
  try {
    const { settings, secrets, audit } = kioskStores(db);

    if (action === 'reset-pin') {
      const code = await new TechnicianAuth({ db, audit, now: () => new Date() }).resetPin('cli');
      io.stdout.write(
        `The technician PIN is cleared. One-time setup code: ${formatSetupCode(code)}\n` +
          'At the kiosk, open technician mode (five taps on the top-left corner), type this code, then choose the new PIN.\n' +
          'The code works once; running reset-pin again replaces it. It is not written to any log.\n',
      );
      return 0;
    }

    if (action === 'set-pin') {
      const pin = readPinFromStdin(io);
      if (!/^\d+$/.test(pin)) {
        io.stderr.write('The PIN must be 6 to 12 digits, given on standard input. The old PIN is kept.\n');
        return 1;
      }
      const changed = await new TechnicianAuth({ db, audit, now: () => new Date() }).replacePin(pin, 'cli');
      if (changed.result === 'weak-pin') {
        const why = changed.reason === 'length' ? 'it must have 6 to 12 digits' : 'it is too easy to guess (one digit repeated, or a run such as 123456)';
        io.stderr.write(`PIN refused: ${why}. The old PIN is kept.\n`);
        return 1;
      }
      io.stdout.write('The technician PIN is set; any setup code is used up.\n');
      return 0;
    }

    if (action === 'get') {
      if (key === undefined) {
        const all = publicSettings(settings, secrets);
        if (values.json) printJson(io, all);
        else for (const [name, value] of Object.entries(all)) io.stdout.write(`${name} = ${JSON.stringify(value)}\n`);
        return 0;
      }
      if (key === TOKEN_KEY) {
        const sealed = secrets.isSealed(TOKEN_KEY);
        if (values.json) printJson(io, { set: sealed !== null, sealed });
        else io.stdout.write(sealed === null ? 'not set\n' : `set (${sealed ? 'sealed by the OS keystore' : 'not sealed'})\n`);
        return 0;
      }
      const value = key === 'districtCaPem' ? summariseCa(settings.get('districtCaPem')) : settings.get(key as never);
      io.stdout.write(`${JSON.stringify(value, null, values.json ? 2 : undefined)}\n`);
      return 0;
    }

    // set
    if (key === undefined || (rawValue === undefined && values.file === undefined)) throw new UsageError(configUsage);
    const raw = values.file !== undefined ? fs.readFileSync(values.file, 'utf8') : rawValue!;
    if (key === TOKEN_KEY) {
      const token = raw === 'null' ? null : raw.trim();
      if (token !== null && (token.length < 8 || token.length > 4096)) {
        io.stderr.write(`Invalid value for "${TOKEN_KEY}": the token must have 8 to 4096 characters.\n`);
        return 1;
      }
      new SettingChanges({ db, settings, secrets, audit }).setToken('cli', token);
      io.stdout.write(token === null ? 'districtToken removed.\n' : 'districtToken set.\n');
      if (token !== null) {
        io.stderr.write('Note: a token set from a shell is stored without the OS keystore; set it in technician mode to have it sealed.\n');
      }
      return 0;
    }
    const value = values.file !== undefined ? raw : readValue(key, raw);
    try {
      const applied = new SettingChanges({ db, settings, secrets, audit }).set('cli', key, value);
      const shown = (v: unknown) => JSON.stringify(key === 'districtCaPem' ? summariseCa(v as string | null)?.subject ?? null : v);
      io.stdout.write(`${key} = ${shown(applied.value)} (was ${shown(applied.old)})\n`);
      if (applied.tokenCleared) {
        io.stdout.write(`${TOKEN_KEY} removed: it was the old server's. Set the new server's token: kiosk config set ${TOKEN_KEY} <token>\n`);
      }
      return 0;
    } catch (error) {
      if (!(error instanceof SettingError)) throw error;
      io.stderr.write(`${error.message}\nThe old value is kept.\n`);
      return 1;
    }
  } finally {
    db.close();
  }
}
