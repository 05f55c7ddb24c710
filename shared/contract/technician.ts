import { z } from 'zod';
import { SessionId } from './session.ts';

/*
 * Technician mode over the KioskApi. Every method but `technicianStatus`, `technicianUnlock`
 * and `technicianSetFirstPin` takes the session the host issued for a right PIN; the host
 * checks it on every call (expired, closed or never issued: the call is refused with
 * `unauthorized`). This file imports nothing from the rest of the contract on purpose: the
 * contract's index imports it from kiosk-api.ts, and a cycle would break module start-up.
 */

/** Digits only; the host decides what is strong enough (pin-policy on the host side). */
export const Pin = z.string().regex(/^\d{1,32}$/, 'digits only');

export { SessionId };
const WithSession = z.object({ session: SessionId }).strict();
const isoTime = z.iso.datetime();

export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 12;
export const PIN_MAX_ATTEMPTS = 5;

export const WeakPinReason = z.enum(['length', 'trivial']);
export type WeakPinReason = z.infer<typeof WeakPinReason>;

/** The one-time code `kiosk config reset-pin` prints (10 digits), needed to choose the first PIN. */
export const SetupCode = z.string().regex(/^\d{1,32}$/, 'digits only');

export const TechnicianStatus = z.object({
  pinSet: z.boolean(),
  /** No PIN yet, and a setup code from a shell waits to be typed with the first PIN. */
  setupCodeIssued: z.boolean(),
  lockedUntil: isoTime.nullable(),
  attemptsLeft: z.number().int().min(0).max(PIN_MAX_ATTEMPTS),
  /** Technician mode closes after this long without a technician call. */
  sessionIdleSec: z.number().int().positive(),
});
export type TechnicianStatus = z.infer<typeof TechnicianStatus>;

export const UnlockResult = z.discriminatedUnion('result', [
  z.object({ result: z.literal('unlocked'), session: SessionId, expiresAt: isoTime }),
  z.object({ result: z.literal('wrong-pin'), attemptsLeft: z.number().int().min(0) }),
  z.object({ result: z.literal('locked'), lockedUntil: isoTime }),
  z.object({ result: z.literal('no-pin') }),
  z.object({ result: z.literal('pin-already-set') }),
  z.object({ result: z.literal('weak-pin'), reason: WeakPinReason }),
  /** First PIN: the setup code is not the one issued; counts as a wrong PIN. */
  z.object({ result: z.literal('wrong-setup-code'), attemptsLeft: z.number().int().min(0) }),
  /** First PIN: no setup code was issued; a technician runs `kiosk config reset-pin` on the kiosk. */
  z.object({ result: z.literal('no-setup-code') }),
]);
export type UnlockResult = z.infer<typeof UnlockResult>;

export const ChangePinResult = z.discriminatedUnion('result', [
  z.object({ result: z.literal('changed') }),
  z.object({ result: z.literal('wrong-pin'), attemptsLeft: z.number().int().min(0) }),
  z.object({ result: z.literal('locked'), lockedUntil: isoTime }),
  z.object({ result: z.literal('weak-pin'), reason: WeakPinReason }),
]);
export type ChangePinResult = z.infer<typeof ChangePinResult>;

export const CaSummary = z.object({
  subject: z.string(),
  issuer: z.string(),
  validTo: isoTime,
  fingerprint256: z.string(),
});
export type CaSummary = z.infer<typeof CaSummary>;

/** Settings as the technician sees them: every value but secrets, which are only "set or not". */
export const TechnicianSettings = z.object({
  values: z.record(z.string(), z.unknown()),
  defaults: z.record(z.string(), z.unknown()),
  token: z.object({
    set: z.boolean(),
    sealed: z.boolean().nullable(),
    keystoreAvailable: z.boolean(),
    /** Stored sealed by a keystore this kiosk cannot open: it must be entered again. */
    unreadable: z.boolean().optional(),
  }),
  ca: CaSummary.nullable(),
  /** Set when `serve --idle-timeout` overrides the idle-timeout setting. */
  idleTimeoutOverrideSec: z.number().int().nullable(),
});
export type TechnicianSettings = z.infer<typeof TechnicianSettings>;

export const SetSettingInput = z.object({ session: SessionId, key: z.string().min(1).max(64), value: z.unknown() }).strict();

export const SetSettingResult = z.discriminatedUnion('result', [
  /** `tokenCleared`: a new district server host; the old server's token was removed. */
  z.object({ result: z.literal('saved'), key: z.string(), value: z.unknown(), tokenCleared: z.boolean().optional() }),
  /** The value was refused; `message` names the setting; the old value stays. */
  z.object({ result: z.literal('invalid'), key: z.string(), message: z.string(), value: z.unknown() }),
  z.object({ result: z.literal('unknown-key'), key: z.string() }),
]);
export type SetSettingResult = z.infer<typeof SetSettingResult>;

export const SetTokenInput = z.object({ session: SessionId, token: z.string().trim().min(8).max(4096).nullable() }).strict();
export const SetTokenResult = z.object({ set: z.boolean(), sealed: z.boolean().nullable() });

/** Why the district server could not be used, each named so a technician knows what to fix. */
export const ConnectionFailureKind = z.enum([
  'not-configured',
  'bad-url',
  'no-token',
  'dns',
  'refused',
  'unreachable',
  'timeout',
  'reset',
  'tls-untrusted',
  'tls-expired',
  'tls-not-yet-valid',
  'tls-hostname',
  'tls-handshake',
  'unauthorized',
  'protocol-version',
  'not-kiosk-server',
  'busy',
  'server-error',
  'bad-response',
]);
export type ConnectionFailureKind = z.infer<typeof ConnectionFailureKind>;

export const ConnectionStep = z.enum(['url', 'dns', 'connect', 'tls', 'request']);
export type ConnectionStep = z.infer<typeof ConnectionStep>;

export const ConnectionFailure = z.object({
  kind: ConnectionFailureKind,
  step: ConnectionStep,
  host: z.string().max(300).nullable(),
  port: z.number().int().nullable(),
  /** The system's or TLS library's error code, e.g. ENOTFOUND, DEPTH_ZERO_SELF_SIGNED_CERT. */
  code: z.string().max(100).nullable(),
  /** HTTP status, when the server answered. */
  status: z.number().int().nullable(),
  /** The protocol version the server speaks, when it is not ours. */
  serverProtocol: z.string().max(20).nullable(),
  /** The deadline that passed, for timeouts. */
  seconds: z.number().nullable(),
});
export type ConnectionFailure = z.infer<typeof ConnectionFailure>;

export const ConnectionReport = z.object({
  ok: z.boolean(),
  url: z.string().nullable(),
  failure: ConnectionFailure.nullable(),
  /** Steps that succeeded, in order, with how long each took. */
  passed: z.array(z.object({ step: ConnectionStep, ms: z.number() })),
  tls: z.boolean(),
  /** Server clock minus kiosk clock, from the answer's Date header. */
  clockSkewSec: z.number().nullable(),
  ms: z.number(),
});
export type ConnectionReport = z.infer<typeof ConnectionReport>;

export const SyncNowResult = z.object({ started: z.boolean(), reason: z.enum(['not-configured', 'token-unreadable', 'running']).nullable() });

export const SyncLogEntry = z.object({ time: z.string(), level: z.string(), msg: z.string(), detail: z.string() });
export type SyncLogEntry = z.infer<typeof SyncLogEntry>;

export const SyncLog = z.object({
  source: z.string(),
  lastSuccessAt: isoTime.nullable(),
  lastAttemptAt: isoTime.nullable(),
  lastError: z.string().nullable(),
  /** The last failure's kind (SyncErrorKind), so the sync tab can name it with its fix. */
  lastErrorKind: z.string().max(40).nullable().optional(),
  dossiers: z.number().int(),
  quarantined: z.number().int(),
  syncing: z.boolean(),
  /** The district server offers no change feed, only a lookup by code (null: not asked yet). */
  lookupOnly: z.boolean().nullable().optional(),
  entries: z.array(SyncLogEntry),
});
export type SyncLog = z.infer<typeof SyncLog>;

export const ExportFolder = z.object({
  path: z.string(),
  /** removable: a USB stick or card; data: the kiosk's own data folder. */
  kind: z.enum(['removable', 'data']),
  freeBytes: z.number().nullable(),
});
export type ExportFolder = z.infer<typeof ExportFolder>;

export const ExportRefusal = z.enum(['not-absolute', 'unsafe-path', 'not-found', 'not-a-directory', 'not-writable', 'failed']);
export type ExportRefusal = z.infer<typeof ExportRefusal>;

export const ExportResult = z.discriminatedUnion('result', [
  z.object({ result: z.literal('exported'), path: z.string(), files: z.array(z.string()) }),
  z.object({ result: z.literal('refused'), reason: ExportRefusal }),
]);
export type ExportResult = z.infer<typeof ExportResult>;

export const AuditEntry = z.object({ at: isoTime, actor: z.string(), action: z.string(), detail: z.string().nullable() });
export type AuditEntry = z.infer<typeof AuditEntry>;

/** A message of the technician catalogue with its parameters, shown in the reader's language. */
export const LocalText = z.object({
  key: z.string().max(100),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type LocalText = z.infer<typeof LocalText>;

export const CheckStatus = z.enum(['ok', 'warning', 'failure', 'not-checked']);
export type CheckStatus = z.infer<typeof CheckStatus>;

export const DoctorCheckId = z.enum(['database', 'disk', 'server', 'tls', 'token', 'protocol', 'scanners', 'printer', 'clock', 'sync', 'updates']);
export type DoctorCheckId = z.infer<typeof DoctorCheckId>;

/** One `kiosk doctor` check: its verdict, what was found and, unless it is fine, how to fix it. */
export const DoctorCheck = z.object({
  id: DoctorCheckId,
  status: CheckStatus,
  message: LocalText,
  fix: LocalText.nullable(),
});
export type DoctorCheck = z.infer<typeof DoctorCheck>;

export const DoctorReport = z.object({ checks: z.array(DoctorCheck), failures: z.number().int(), warnings: z.number().int() });
export type DoctorReport = z.infer<typeof DoctorReport>;

/** Every technician call. The host refuses all but the first three without a live session. */
export const technicianMethods = {
  technicianStatus: { input: z.object({}).strict(), output: TechnicianStatus },
  technicianSetFirstPin: { input: z.object({ pin: Pin, setupCode: SetupCode }).strict(), output: UnlockResult },
  technicianUnlock: { input: z.object({ pin: Pin }).strict(), output: UnlockResult },
  technicianTouch: { input: WithSession, output: z.object({ expiresAt: isoTime }) },
  technicianLock: { input: WithSession, output: z.object({ closed: z.boolean() }) },
  technicianChangePin: {
    input: z.object({ session: SessionId, currentPin: Pin, newPin: Pin }).strict(),
    output: ChangePinResult,
  },
  technicianGetSettings: { input: WithSession, output: TechnicianSettings },
  technicianSetSetting: { input: SetSettingInput, output: SetSettingResult },
  technicianSetToken: { input: SetTokenInput, output: SetTokenResult },
  technicianTestConnection: { input: WithSession, output: ConnectionReport },
  technicianSyncNow: { input: WithSession, output: SyncNowResult },
  technicianSyncLog: { input: WithSession, output: SyncLog },
  technicianListExportFolders: { input: WithSession, output: z.object({ folders: z.array(ExportFolder) }) },
  technicianExportDiagnostics: {
    input: z.object({ session: SessionId, folder: z.string().min(1).max(1024) }).strict(),
    output: ExportResult,
  },
  technicianAuditLog: { input: WithSession, output: z.object({ entries: z.array(AuditEntry) }) },
  technicianRunChecks: { input: WithSession, output: DoctorReport },
  technicianLeaveKioskMode: { input: WithSession, output: z.object({ requested: z.boolean() }) },
  /**
   * Restarts the kiosk's services (the host: database, sync, scanners) without closing the
   * window; `requested` is false where nothing supervises the host (a one-shot CLI host).
   */
  technicianRestartServices: { input: WithSession, output: z.object({ requested: z.boolean() }) },
} as const;

/** Pushes of technician mode. */
export const technicianEvents = {
  /** The technician session ended (locked, timed out, replaced, or the kiosk's services stopped or restarted). */
  technicianSession: z.object({ open: z.boolean(), reason: z.enum(['locked', 'idle', 'replaced', 'stopped']).nullable() }),
  /** Progress of a sync the technician started. */
  technicianSync: z.object({
    phase: z.enum(['running', 'done', 'failed']),
    pages: z.number().int(),
    records: z.number().int(),
    /** When it failed: the sync error's kind (SyncErrorKind) and its sentence for the log. */
    kind: z.string().max(40).nullable(),
    message: z.string().nullable(),
  }),
  /** Settings changed (technician, CLI is another process): the UI re-reads the kiosk info. */
  settingsChanged: z.object({ keys: z.array(z.string()) }),
  /**
   * Kiosk (full-screen, locked) mode off for maintenance, or back on. electron/app acts on it;
   * it comes back on by itself when technician mode closes.
   */
  kioskMode: z.object({ kiosk: z.boolean() }),
} as const;
