import path from 'node:path';
import { CALL_DEADLINE_MS, KioskSettings } from '../../../shared/contract/index.ts';
import type { technicianMethods, UnlockResult } from '../../../shared/contract/index.ts';
import { readRecentLogEntries } from '../../log/log-files.ts';
import { SettingError } from '../../settings/settings-store.ts';
import { SyncError } from '../../sync/sync-error.ts';
import { storageFailureKindOf } from '../../sync/storage-failure.ts';
import { summariseCa } from '../../settings/ca-summary.ts';
import { probeDistrict } from '../../technician/connection-probe.ts';
import { exportDiagnostics } from '../../technician/diagnostics-bundle.ts';
import { runDoctor } from '../../technician/doctor.ts';
import { suggestedExportFolders } from '../../technician/export-folder.ts';
import { SessionRefused } from '../../technician/session-refused.ts';
import { TechnicianAuth } from '../../technician/technician-auth.ts';
import { TechnicianSessions } from '../../technician/technician-sessions.ts';
import type { HostServices } from '../host-services.ts';
import type { HandlersFor } from './handler-types.ts';

type TechnicianMethod = keyof typeof technicianMethods;

/** Technician mode closes after this long without a technician call. */
export const TECHNICIAN_IDLE_MS = 5 * 60_000;
/** The UI gives up on any call after CALL_DEADLINE_MS, over either transport: the probe answers sooner. */
const PROBE_TIMEOUT_MS = CALL_DEADLINE_MS - 2_000;
const SYNC_LOG_MESSAGE = /^(sync|heartbeat|live lookup|catalogue|district|ratings|demo)/;

/**
 * Technician mode on the host. The PIN is checked here (never in the UI); a right PIN opens
 * a session whose random id the UI must send with every other technician call, so a UI that
 * never had the PIN cannot read or change anything. Every action goes to the audit log.
 */
export function technicianHandlers(services: HostServices): HandlersFor<TechnicianMethod> {
  const { db, settings, secrets, now, emit, options, sync, settingChanges, audit } = services;
  const dataDir = path.dirname(path.resolve(options.dbPath));
  const { monotonic } = options;
  const auth = new TechnicianAuth({ db, audit, now, monotonic });
  let kioskModeLeft = false;
  let syncRunning = false;

  const sessions = new TechnicianSessions({
    now,
    monotonic,
    idleMs: TECHNICIAN_IDLE_MS,
    onEnd: (reason) => {
      audit.record('technician', 'session-closed', { reason });
      if (reason !== 'replaced') emit({ type: 'technicianSession', payload: { open: false, reason } });
      restoreKioskMode();
    },
  });
  // Kiosk mode comes back whenever maintenance ends, the host stopping or restarting included.
  const restoreKioskMode = () => {
    if (!kioskModeLeft) return;
    kioskModeLeft = false;
    emit({ type: 'kioskMode', payload: { kiosk: true } });
  };
  services.onClose(() => {
    sessions.stop();
    restoreKioskMode();
    auth.saveLockout();
  });
  services.technicianSession.connect((session, extend) => (extend ? sessions.touch(session) : sessions.isLive(session)));

  const requireSession = (session: string) => {
    if (!sessions.touch(session)) throw new SessionRefused();
  };
  const unlocked = (): UnlockResult => {
    const opened = sessions.open();
    audit.record('technician', 'unlock');
    return { result: 'unlocked', session: opened.session, expiresAt: opened.expiresAt.toISOString() };
  };
  const lastErrorKind = (recorded: string | null): string | null => {
    const failure = sync.unrecordedFailure ?? sync.lastFailure;
    if (failure instanceof SyncError && failure.kind !== 'cancelled') return failure.kind;
    return storageFailureKindOf(recorded);
  };
  const tokenSet = () => secrets.get('districtToken') !== null || secrets.isSealed('districtToken') !== null;

  return {
    technicianStatus: () => ({
      pinSet: auth.pinSet,
      setupCodeIssued: auth.setupCodeIssued,
      lockedUntil: auth.lockedUntil()?.toISOString() ?? null,
      attemptsLeft: auth.attemptsLeft(),
      sessionIdleSec: TECHNICIAN_IDLE_MS / 1000,
    }),

    technicianSetFirstPin: async ({ pin, setupCode }) => {
      const set = await auth.setFirstPin(pin, setupCode);
      if (set.result === 'changed') return unlocked();
      if (set.result === 'locked') return { result: 'locked', lockedUntil: set.lockedUntil.toISOString() };
      return set;
    },

    technicianUnlock: async ({ pin }) => {
      const checked = await auth.check(pin);
      switch (checked.result) {
        case 'right':
          return unlocked();
        case 'locked':
          return { result: 'locked', lockedUntil: checked.lockedUntil.toISOString() };
        default:
          return checked;
      }
    },

    technicianTouch: ({ session }) => {
      requireSession(session);
      return { expiresAt: sessions.expiresAt()!.toISOString() };
    },

    technicianLock: ({ session }) => ({ closed: sessions.close(session) }),

    technicianChangePin: async ({ session, currentPin, newPin }) => {
      requireSession(session);
      const checked = await auth.check(currentPin);
      if (checked.result === 'locked') {
        sessions.close(session);
        return { result: 'locked', lockedUntil: checked.lockedUntil.toISOString() };
      }
      if (checked.result === 'wrong-pin') return checked;
      if (checked.result === 'no-pin') return { result: 'wrong-pin', attemptsLeft: 0 };
      const replaced = await auth.replacePin(newPin);
      return replaced.result === 'weak-pin' ? replaced : { result: 'changed' };
    },

    technicianGetSettings: ({ session }) => {
      requireSession(session);
      const { districtCaPem, ...values } = settings.getAll();
      const { districtCaPem: _defaultCa, ...defaults } = KioskSettings.parse({});
      return {
        values,
        defaults,
        token: {
          set: tokenSet(),
          sealed: secrets.isSealed('districtToken'),
          keystoreAvailable: options.secretSealer?.isAvailable() ?? false,
          unreadable: secrets.isUnreadable('districtToken'),
        },
        ca: summariseCa(districtCaPem),
        idleTimeoutOverrideSec: options.idleTimeoutSec ?? null,
      };
    },

    technicianSetSetting: ({ session, key, value }) => {
      requireSession(session);
      try {
        const applied = settingChanges.set('technician', key, value);
        return { result: 'saved', key, value: applied.value, tokenCleared: applied.tokenCleared };
      } catch (error) {
        if (!(error instanceof SettingError)) throw error;
        if (error.message.startsWith('Unknown setting')) return { result: 'unknown-key', key };
        return { result: 'invalid', key, message: error.message, value: settings.get(key as never) };
      }
    },

    technicianSetToken: ({ session, token }) => {
      requireSession(session);
      settingChanges.setToken('technician', token);
      return { set: tokenSet(), sealed: secrets.isSealed('districtToken') };
    },

    technicianTestConnection: async ({ session }) => {
      requireSession(session);
      const report = await probeDistrict({
        url: settings.get('districtServerUrl'),
        protocol: settings.get('districtProtocol'),
        token: secrets.get('districtToken'),
        kioskId: settings.get('kioskId') ?? 'unnamed-kiosk',
        ca: settings.get('districtCaPem'),
        timeoutMs: PROBE_TIMEOUT_MS,
        now,
      });
      audit.record('technician', 'test-connection', { ok: report.ok, failure: report.failure?.kind ?? null });
      return report;
    },

    technicianSyncNow: ({ session }) => {
      requireSession(session);
      if (!sync.configured) return { started: false, reason: secrets.isUnreadable('districtToken') ? 'token-unreadable' : 'not-configured' };
      if (syncRunning) return { started: false, reason: 'running' };
      syncRunning = true;
      audit.record('technician', 'sync-now');
      let progress = { pages: 0, records: 0 };
      const report = (phase: 'running' | 'done' | 'failed', kind: string | null = null, message: string | null = null) =>
        emit({ type: 'technicianSync', payload: { phase, ...progress, kind, message } });
      const off = sync.onProgress((p) => {
        progress = { pages: p.pages, records: p.records };
        report('running');
      });
      report('running');
      sync
        .syncNow()
        .then(
          (done) => {
            progress = { pages: done.pages, records: done.applied + done.ignored + done.deleted };
            report('done');
          },
          (error: unknown) => report('failed', error instanceof SyncError ? error.kind : 'other', error instanceof Error ? error.message : null),
        )
        .finally(() => {
          off();
          syncRunning = false;
        });
      return { started: true, reason: null };
    },

    technicianSyncLog: ({ session }) => {
      requireSession(session);
      const state = services.syncState.read();
      const iso = (seconds: number | null) => (seconds === null ? null : new Date(seconds * 1000).toISOString());
      const entries = services.logDir
        ? readRecentLogEntries(services.logDir, { limit: 50, keep: (entry) => SYNC_LOG_MESSAGE.test(entry.msg) })
        : [];
      return {
        source: state.source,
        lastSuccessAt: iso(state.lastSuccessAt),
        lastAttemptAt: iso(state.lastAttemptAt),
        // A failure the database could not record (it is what failed) is still named here.
        lastError: sync.unrecordedFailure?.message ?? state.lastError,
        lastErrorKind: lastErrorKind(state.lastError),
        dossiers: services.dossiers.count(),
        quarantined: services.quarantine.count(),
        syncing: syncRunning,
        lookupOnly: sync.lookupOnly,
        entries: entries.reverse().map((entry) => ({
          time: entry.time,
          level: entry.level,
          msg: entry.msg,
          detail: Object.entries(entry.fields)
            .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
            .join(' ')
            .slice(0, 500),
        })),
      };
    },

    technicianListExportFolders: ({ session }) => {
      requireSession(session);
      return { folders: suggestedExportFolders(dataDir) };
    },

    technicianExportDiagnostics: ({ session, folder }) => {
      requireSession(session);
      const result = exportDiagnostics(folder, { db, stores: services, version: services.version, logDir: services.logDir, now });
      if (result.result === 'exported') audit.record('technician', 'diagnostics-exported', { files: result.files.length });
      else audit.record('technician', 'diagnostics-refused', { reason: result.reason });
      return result;
    },

    technicianAuditLog: ({ session }) => {
      requireSession(session);
      return { entries: audit.recent(100) };
    },

    technicianRunChecks: async ({ session }) => {
      requireSession(session);
      const report = await runDoctor({
        db,
        dbPath: options.dbPath,
        stores: services,
        now,
        timeoutMs: PROBE_TIMEOUT_MS - 1_000,
        databaseCheck: 'quick',
        printer: () => services.printer.status(),
      });
      audit.record('technician', 'doctor', { failures: report.failures, warnings: report.warnings });
      return report;
    },

    technicianRestartServices: ({ session }) => {
      requireSession(session);
      const restart = options.requestRestart;
      audit.record('technician', 'services-restart', { requested: restart !== undefined });
      // After the answer has gone: the restart closes this host.
      if (restart) setImmediate(() => restart('technician'));
      return { requested: restart !== undefined };
    },

    technicianLeaveKioskMode: ({ session }) => {
      requireSession(session);
      kioskModeLeft = true;
      audit.record('technician', 'kiosk-mode-left');
      emit({ type: 'kioskMode', payload: { kiosk: false } });
      return { requested: true };
    },
  };
}
