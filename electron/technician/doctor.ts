import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { DoctorCheckId } from '../../shared/contract/index.ts';
import type { ConnectionFailureKind, ConnectionReport, DoctorCheck, DoctorReport, LocalText, PrinterStatus } from '../../shared/contract/index.ts';
import { connectionFailureTexts, formatBytes } from '../../shared/i18n/technician-format.ts';
import { formatDateTime } from '../../shared/i18n/index.ts';
import { PROTOCOL_VERSION } from '../sync/district-server/kiosk-protocol/kiosk-protocol-server.ts';
import type { DistrictProtocol } from '../sync/district-server/district-server.ts';
import { freeDiskBytes } from '../sync/heartbeat.ts';
import { UpdateRecordFile } from '../updates/update-record.ts';
import type { KioskStores } from '../stores/kiosk-stores.ts';
import { storageFailure, storageFailureKindOf } from '../sync/storage-failure.ts';
import { probeDistrict } from './connection-probe.ts';
import { checkDatabase } from './database-check.ts';

export interface DoctorDeps {
  /** Null when the file could not even be opened (`openError` says why). */
  db: Database | null;
  openError?: string;
  dbPath: string;
  /** The stores of that database; null when they could not be built on it. */
  stores: DoctorStores | null;
  /** A token given on the command line, for a kiosk whose stored token only the app can unseal. */
  tokenOverride?: string;
  now?: () => Date;
  timeoutMs?: number;
  /** Counts the scanners a host-side scanner service sees; absent: "not checked". */
  scanners?: () => Promise<number>;
  /** Reads the receipt printer's paper and cover state; absent: "not checked". */
  printer?: () => Promise<PrinterStatus>;
  disk?: { failBelowBytes: number; warnBelowBytes: number };
  /** Server clock minus kiosk clock beyond which the clock is a warning, then a failure. */
  clock?: { warnAboveSec: number; failAboveSec: number };
  /** `quick` skips index cross-checks: for technician mode, whose answer must come within seconds. */
  databaseCheck?: 'full' | 'quick';
  /** The language of the sentences inside parameters (dates, byte counts). */
  lang?: 'vi' | 'en';
  /** On Linux the kiosk runs with the basic password store (electron/app/main.ts): a sealed token is one it cannot read. */
  platform?: NodeJS.Platform;
}

/** The host's stores (or a CLI command's): see electron/stores/kiosk-stores.ts. */
export type DoctorStores = Pick<KioskStores, 'settings' | 'secrets' | 'syncState' | 'dossiers'>;

/** A stored token the doctor cannot use: sealed (only the app reads it), or one the app cannot read either. */
type UnusableToken = 'sealed' | 'unreadable' | null;

interface ProbeOutcome {
  report: ConnectionReport;
  unusableToken: UnusableToken;
  protocol: DistrictProtocol;
}

const DEFAULT_DISK = { failBelowBytes: 200 * 1024 * 1024, warnBelowBytes: 1024 * 1024 * 1024 };
const DEFAULT_CLOCK = { warnAboveSec: 60, failAboveSec: 300 };

const text = (key: string, params: Record<string, string | number> = {}): LocalText => ({ key, params });
const check = (id: DoctorCheckId, status: DoctorCheck['status'], message: LocalText, fix: LocalText | null = null): DoctorCheck => ({
  id,
  status,
  message,
  fix: status === 'ok' ? null : fix,
});

const SERVER_KINDS: readonly ConnectionFailureKind[] = ['not-configured', 'bad-url', 'dns', 'refused', 'unreachable', 'reset', 'busy', 'server-error', 'bad-response'];
const TLS_KINDS: readonly ConnectionFailureKind[] = ['tls-untrusted', 'tls-expired', 'tls-not-yet-valid', 'tls-hostname', 'tls-handshake'];
const TOKEN_KINDS: readonly ConnectionFailureKind[] = ['unauthorized', 'no-token'];
const PROTOCOL_KINDS: readonly ConnectionFailureKind[] = ['protocol-version', 'not-kiosk-server'];

/**
 * The checks of `kiosk doctor` (and of "Run the checks" in technician mode): database
 * integrity, free disk, the district server step by step (reachable, TLS, token, protocol),
 * scanners, the clock against the server's Date header, and the last sync. Each says ok,
 * warning, failure or not checked, with a fix for anything not ok.
 */
export async function runDoctor(deps: DoctorDeps): Promise<DoctorReport> {
  const now = deps.now ?? (() => new Date());
  const lang = deps.lang ?? 'en';
  const checks: DoctorCheck[] = [];

  checks.push(databaseCheck(deps));
  checks.push(diskCheck(deps, lang));

  // Read beside the server probe: a printer that is not there takes its own connect timeout.
  const printer = printerCheck(deps);
  const probe = deps.stores ? await runProbe(deps, deps.stores, now) : null;
  checks.push(...serverChecks(probe));
  checks.push(await scannerCheck(deps));
  checks.push(await printer);
  checks.push(clockCheck(probe, deps));
  checks.push(syncCheck(deps, now));
  checks.push(updatesCheck(deps));

  const order: readonly string[] = DoctorCheckId.options;
  checks.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return {
    checks,
    failures: checks.filter((c) => c.status === 'failure').length,
    warnings: checks.filter((c) => c.status === 'warning').length,
  };
}

function databaseCheck(deps: DoctorDeps): DoctorCheck {
  const fix = text('tech.doctor.database.fix', { file: deps.dbPath });
  if (!deps.db) return check('database', 'failure', text('tech.doctor.database.failure', { problem: deps.openError ?? '?' }), fix);
  const result = checkDatabase(deps.db, deps.stores?.dossiers ?? null, deps.databaseCheck ?? 'full');
  if (!result.ok) return check('database', 'failure', text('tech.doctor.database.failure', { problem: result.problems.slice(0, 3).join('; ') }), fix);
  const unwritable = writeProblem(deps.db);
  if (unwritable) return check('database', 'failure', text(`tech.doctor.database.${unwritable}`), text(`tech.syncFix.${unwritable}`));
  return check('database', 'ok', text('tech.doctor.database.ok', { version: result.schemaVersion ?? '?', dossiers: result.dossiers ?? 0 }));
}

function diskCheck(deps: DoctorDeps, lang: 'vi' | 'en'): DoctorCheck {
  const limits = deps.disk ?? DEFAULT_DISK;
  const folder = path.dirname(path.resolve(deps.dbPath));
  const free = freeDiskBytes(deps.dbPath);
  const fix = text('tech.doctor.disk.fix', { folder });
  if (free === null) return check('disk', 'not-checked', text('tech.doctor.disk.unknown'), fix);
  const params = { free: formatBytes(lang, free) };
  if (free < limits.failBelowBytes) return check('disk', 'failure', text('tech.doctor.disk.failure', params), fix);
  if (free < limits.warnBelowBytes) return check('disk', 'warning', text('tech.doctor.disk.warning', params), fix);
  return check('disk', 'ok', text('tech.doctor.disk.ok', params));
}

async function runProbe(deps: DoctorDeps, { settings, secrets }: DoctorStores, now: () => Date): Promise<ProbeOutcome> {
  const stored = secrets.get('districtToken');
  const sealed = deps.tokenOverride === undefined && stored === null && secrets.isSealed('districtToken') === true;
  const unreadable = sealed && (secrets.isUnreadable('districtToken') || (deps.platform ?? process.platform) === 'linux');
  const unusableToken: UnusableToken = unreadable ? 'unreadable' : sealed ? 'sealed' : null;
  const protocol = settings.get('districtProtocol');
  const report = await probeDistrict({
    url: settings.get('districtServerUrl'),
    protocol,
    token: deps.tokenOverride ?? stored,
    kioskId: settings.get('kioskId') ?? 'kiosk-doctor',
    ca: settings.get('districtCaPem'),
    timeoutMs: deps.timeoutMs ?? 10_000,
    now,
  });
  return { report, unusableToken, protocol };
}

function serverChecks(probe: ProbeOutcome | null): DoctorCheck[] {
  const needsServer = text('tech.doctor.needsServer');
  if (!probe) {
    return (['server', 'tls', 'token', 'protocol'] as const).map((id) => check(id, 'not-checked', needsServer));
  }
  const { report, unusableToken } = probe;
  const failure = report.failure;
  const kind = failure?.kind;
  const texts = failure ? connectionFailureTexts(failure) : null;
  const host = failure?.host ?? (report.url ? safeHost(report.url) : '?');
  const reached = (step: string) => report.passed.some((p) => p.step === step);
  const requestAnswered = failure === null || TOKEN_KINDS.includes(kind!) || PROTOCOL_KINDS.includes(kind!) || kind === 'busy' || kind === 'server-error' || kind === 'bad-response';

  // Reachability: name, TCP, and an HTTP answer of any kind.
  let server: DoctorCheck;
  const serverFailed = kind !== undefined && (SERVER_KINDS.includes(kind) || (kind === 'timeout' && failure!.step !== 'tls'));
  if (serverFailed) server = check('server', kind === 'busy' ? 'warning' : 'failure', texts!.message, texts!.fix);
  else {
    const ms = report.passed.filter((p) => p.step === 'dns' || p.step === 'connect').reduce((sum, p) => sum + p.ms, 0);
    server = check('server', 'ok', text('tech.doctor.server.ok', { host, ms }));
  }

  let tls: DoctorCheck;
  if (kind !== undefined && (TLS_KINDS.includes(kind) || (kind === 'timeout' && failure!.step === 'tls'))) tls = check('tls', 'failure', texts!.message, texts!.fix);
  else if (!reached('connect')) tls = check('tls', 'not-checked', needsServer);
  else if (!report.tls) tls = check('tls', 'warning', text('tech.doctor.tls.plain'), text('tech.doctor.tls.plainFix'));
  else tls = check('tls', 'ok', text('tech.doctor.tls.ok', { host }));

  let token: DoctorCheck;
  // Known without the server: whatever the probe met, the kiosk itself cannot use its token.
  if (unusableToken === 'unreadable') token = check('token', 'failure', text('tech.doctor.token.unreadable'), text('tech.doctor.token.unreadableFix'));
  else if (unusableToken === 'sealed' && kind === 'no-token') token = check('token', 'not-checked', text('tech.doctor.token.sealed'), text('tech.doctor.token.sealedFix'));
  else if (kind !== undefined && TOKEN_KINDS.includes(kind)) token = check('token', 'failure', texts!.message, texts!.fix);
  else if (failure === null) token = check('token', 'ok', text('tech.doctor.token.ok'));
  else token = check('token', 'not-checked', needsServer);

  let protocol: DoctorCheck;
  if (kind !== undefined && PROTOCOL_KINDS.includes(kind)) protocol = check('protocol', 'failure', texts!.message, texts!.fix);
  else if (requestAnswered && probe.protocol === 'national') protocol = check('protocol', 'ok', text('tech.doctor.protocol.national'));
  else if (requestAnswered) protocol = check('protocol', 'ok', text('tech.doctor.protocol.ok', { version: PROTOCOL_VERSION }));
  else protocol = check('protocol', 'not-checked', needsServer);

  return [server, tls, token, protocol];
}

async function scannerCheck(deps: DoctorDeps): Promise<DoctorCheck> {
  const fix = text('tech.doctor.scanners.fix');
  if (!deps.scanners) return check('scanners', 'not-checked', text('tech.doctor.scanners.notChecked'));
  try {
    const count = await deps.scanners();
    return count > 0 ? check('scanners', 'ok', text('tech.doctor.scanners.ok', { count })) : check('scanners', 'failure', text('tech.doctor.scanners.none'), fix);
  } catch {
    return check('scanners', 'failure', text('tech.doctor.scanners.none'), fix);
  }
}

/** Paper out, cover open and an unreachable printer fail; a printer that answers no status request is not checked. */
async function printerCheck(deps: DoctorDeps): Promise<DoctorCheck> {
  if (!deps.printer) return check('printer', 'not-checked', text('tech.doctor.printer.notChecked'));
  const status = await deps.printer();
  const uri = status.uri ?? '—';
  switch (status.state) {
    case 'not-configured':
      return check('printer', 'not-checked', text('tech.doctor.printer.none'));
    case 'ok':
      return check('printer', 'ok', text('tech.doctor.printer.ok', { uri }));
    case 'unknown':
      return check('printer', 'not-checked', text('tech.doctor.printer.unknown', { uri }));
    case 'paper-out':
      return check('printer', 'failure', text('tech.doctor.printer.paperOut', { uri }), text('tech.doctor.printer.paperOutFix'));
    case 'cover-open':
      return check('printer', 'failure', text('tech.doctor.printer.coverOpen', { uri }), text('tech.doctor.printer.coverOpenFix'));
    case 'unreachable':
      return check('printer', 'failure', text('tech.doctor.printer.unreachable', { uri, detail: status.detail ?? '' }), text('tech.doctor.printer.unreachableFix'));
  }
}

function clockCheck(probe: { report: ConnectionReport } | null, deps: DoctorDeps): DoctorCheck {
  const limits = deps.clock ?? DEFAULT_CLOCK;
  const fix = text('tech.doctor.clock.fix');
  const skew = probe?.report.clockSkewSec ?? null;
  if (skew === null) {
    const answered = probe?.report.passed.some((p) => p.step === 'connect') && probe.report.failure?.step !== 'tls';
    return check('clock', 'not-checked', text(answered ? 'tech.doctor.clock.noDate' : 'tech.doctor.needsServer'));
  }
  const seconds = Math.abs(skew);
  if (seconds > limits.failAboveSec) return check('clock', 'failure', text('tech.doctor.clock.failure', { seconds: skew }), fix);
  if (seconds > limits.warnAboveSec) return check('clock', 'warning', text('tech.doctor.clock.warning', { seconds: skew }), fix);
  return check('clock', 'ok', text('tech.doctor.clock.ok', { seconds: skew }));
}

function syncCheck(deps: DoctorDeps, now: () => Date): DoctorCheck {
  const fix = text('tech.doctor.sync.fix');
  if (!deps.stores) return check('sync', 'not-checked', text('tech.doctor.needsServer'));
  try {
    const state = deps.stores.syncState.read();
    if (state.source === 'demo') return check('sync', 'not-checked', text('tech.doctor.sync.demo'));
    const storage = storageFailureKindOf(state.lastError);
    if (storage) return check('sync', 'failure', text(`tech.doctor.sync.${storage}`), text(`tech.syncFix.${storage}`));
    if (state.lastError) return check('sync', 'warning', text('tech.doctor.sync.error', { error: state.lastError }), fix);
    if (state.lastSuccessAt === null) return check('sync', 'warning', text('tech.doctor.sync.never'), fix);
    const time = formatDateTime(state.lastSuccessAt * 1000);
    const staleAfterSec = Math.max(3 * deps.stores.settings.get('syncIntervalSec'), 3600);
    if (now().getTime() / 1000 - state.lastSuccessAt > staleAfterSec) return check('sync', 'warning', text('tech.doctor.sync.old', { time }), fix);
    return check('sync', 'ok', text('tech.doctor.sync.ok', { time }));
  } catch {
    return check('sync', 'not-checked', text('tech.doctor.needsServer'));
  }
}

/** What the kiosk app's updater last found, from the record it keeps beside the database. */
function updatesCheck(deps: DoctorDeps): DoctorCheck {
  if (deps.dbPath === ':memory:') return check('updates', 'not-checked', text('tech.doctor.updates.never'));
  const { lastCheck } = new UpdateRecordFile(path.join(path.dirname(path.resolve(deps.dbPath)), 'update-record.json')).read();
  if (lastCheck === null) return check('updates', 'not-checked', text('tech.doctor.updates.never'));
  const time = formatDateTime(Date.parse(lastCheck.at));
  if (lastCheck.error !== null) return check('updates', 'warning', text('tech.doctor.updates.error', { time, error: lastCheck.error }), text('tech.doctor.updates.fix'));
  return check('updates', 'ok', text('tech.doctor.updates.ok', { time, published: lastCheck.published ?? '—' }));
}

/** Whether the kiosk could write now (not read-only, not held by another program): a write lock taken and given back at once. */
function writeProblem(db: Database): 'database-read-only' | 'database-busy' | null {
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  try {
    db.pragma('busy_timeout = 500');
    db.exec('BEGIN IMMEDIATE');
    // A write that changes nothing, and is rolled back: a read-only file refuses it. The header's
    // user_version, not a table: the probe needs no table and writes none of a store's rows.
    db.pragma(`user_version = ${db.pragma('user_version', { simple: true }) as number}`);
    return null;
  } catch (error) {
    const kind = storageFailure(error)?.kind;
    return kind === 'database-read-only' || kind === 'database-busy' ? kind : null;
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '?';
  }
}
