import type { ScanEvent } from '../../shared/contract/kiosk-api.ts';
import type {
  ReadScannerMonitorOutput,
  ScannerDeviceList,
  ScannerError,
  ScannerErrorKind,
  ScannerStatus,
} from '../../shared/contract/scanner.ts';
import { isHostSource } from '../../shared/contract/scanner.ts';
import { log } from '../log/log.ts';
import type { HidBackend } from './hid/hid-backend.ts';
import { HOST_SOURCE_FACTORIES } from './host-source-registry.ts';
import { listScannerDevices } from './list-scanner-devices.ts';
import type { IgnoredInput, RawScan, SourceListener, SourceProblem } from './raw-scan.ts';
import { toHex } from './scan-bytes.ts';
import { ScanIntake } from './scan-intake.ts';
import { ScannerMonitor } from './scanner-monitor.ts';
import { codeOptionsOf } from './scanner-settings.ts';
import type { ScannerSettings } from './scanner-settings.ts';
import type { SerialBackend } from './serial/serial-backend.ts';
import type { HostSourceReader } from './source-state.ts';
import { nodeTimers } from './timers.ts';
import type { Timers } from './timers.ts';

export interface ScannerServiceDeps {
  settings: () => ScannerSettings;
  /** Pushes a scan to the UI (the host's `scan` event). */
  emitScan: (scan: ScanEvent) => void;
  hid: HidBackend;
  serial: SerialBackend;
  /** The time a scan arrived: the real clock, whatever clock the host's data uses. */
  now?: () => Date;
  timers?: Timers;
  platform?: NodeJS.Platform;
}

/**
 * The host's scanner: runs the configured source (HID or serial; the keyboard wedge lives in
 * the renderer), passes each scan once through parsing and duplicate removal, pushes it to the
 * UI, and keeps what the technician needs to see. Scan content is never logged.
 */
export class ScannerService {
  private source: HostSourceReader | null = null;
  private running: ScannerSettings | null = null;
  private lastError: ScannerError | null = null;
  private lastScanAt: Date | null = null;
  private scans = 0;
  private duplicates = 0;
  private readonly now: () => Date;
  private readonly intake: ScanIntake;
  private readonly monitor: ScannerMonitor;

  constructor(private readonly deps: ScannerServiceDeps) {
    this.now = deps.now ?? (() => new Date());
    this.intake = new ScanIntake(
      () => codeOptionsOf(deps.settings()),
      () => deps.settings().scannerDuplicateWindowMs,
    );
    this.monitor = new ScannerMonitor(this.now);
  }

  start(): void {
    if (this.running) return;
    const settings = this.deps.settings();
    this.running = settings;
    this.source = this.createSource(settings);
    this.source?.start();
    log.info('scanner started', { source: settings.scannerSource });
  }

  async stop(): Promise<void> {
    const source = this.source;
    this.source = null;
    this.running = null;
    if (source) await source.stop();
  }

  /** Reads the settings again and reopens the device (after a settings change, or to retry now). */
  async restart(): Promise<ScannerStatus> {
    await this.stop();
    this.lastError = null;
    this.intake.reset();
    this.start();
    return this.status();
  }

  status(): ScannerStatus {
    const settings = this.running ?? this.deps.settings();
    const snapshot = this.source?.snapshot();
    return {
      source: settings.scannerSource,
      state: snapshot?.state ?? (isHostSource(settings.scannerSource) ? 'stopped' : 'wedge'),
      device: snapshot?.device ?? null,
      keyboardAlsoTypes: snapshot?.keyboardAlsoTypes ?? false,
      lastError: this.lastError,
      lastScanAt: this.lastScanAt?.toISOString() ?? null,
      scans: this.scans,
      duplicates: this.duplicates,
      duplicateWindowMs: settings.scannerDuplicateWindowMs,
      codeOptions: codeOptionsOf(this.deps.settings()),
    };
  }

  /** For the district heartbeat: the state and what is wrong, nothing scanned. */
  health(): Record<string, unknown> {
    const status = this.status();
    return {
      source: status.source,
      state: status.state,
      device: status.device ? `${status.device.vendorId ?? '????'}:${status.device.productId ?? '????'}` : null,
      lastError: status.lastError?.kind ?? null,
      lastScanAt: status.lastScanAt,
    };
  }

  readMonitor(after: number): ReadScannerMonitorOutput {
    return { status: this.status(), ...this.monitor.read(after) };
  }

  listDevices(): Promise<ScannerDeviceList> {
    return listScannerDevices(this.deps.hid, this.deps.serial);
  }

  private createSource(settings: ScannerSettings): HostSourceReader | null {
    if (!isHostSource(settings.scannerSource)) return null;
    return HOST_SOURCE_FACTORIES[settings.scannerSource]({
      settings,
      listener: this.listener(),
      timers: this.deps.timers ?? nodeTimers,
      now: this.now,
      platform: this.deps.platform ?? process.platform,
      hid: this.deps.hid,
      serial: this.deps.serial,
    });
  }

  private listener(): SourceListener {
    let lastState: string | null = null;
    return {
      scan: (scan) => this.received(scan),
      ignored: (input) => this.ignored(input),
      problem: (problem) => this.problem(problem),
      changed: () => {
        const state = this.source?.snapshot().state ?? null;
        if (state === lastState || (state !== 'connected' && state !== 'waiting')) return;
        lastState = state;
        log.info(`scanner ${state}`, { source: this.running?.scannerSource });
      },
    };
  }

  private received(scan: RawScan): void {
    const decision = this.intake.decide(scan);
    if (decision.kind === 'blank') {
      this.ignored({ source: scan.source, bytes: scan.bytes, at: scan.at, reason: 'only whitespace or control characters' });
      return;
    }
    const parse = decision.parse.ok ? { ok: true as const, code: decision.parse.code } : { ok: false as const, reason: decision.parse.reason };
    this.monitor.record({
      at: scan.at.toISOString(),
      source: scan.source,
      kind: decision.kind,
      hex: toHex(scan.bytes),
      text: scan.text,
      aim: scan.aim,
      parse,
      note: scan.note,
    });
    if (decision.kind === 'duplicate') {
      this.duplicates += 1;
      return;
    }
    this.scans += 1;
    this.lastScanAt = scan.at;
    this.deps.emitScan({ raw: scan.text, source: scan.source, at: scan.at.toISOString() });
  }

  private ignored(input: IgnoredInput): void {
    this.monitor.record({
      at: input.at.toISOString(),
      source: input.source,
      kind: 'ignored',
      hex: toHex(input.bytes),
      text: '',
      aim: null,
      parse: null,
      note: input.reason.slice(0, 200),
    });
  }

  private problem({ kind, detail }: SourceProblem): void {
    this.lastError = { kind, detail, at: this.now().toISOString() };
    const level: Record<ScannerErrorKind, 'info' | 'warn'> = {
      'no-device': 'info',
      'held-by-os-keyboard': 'warn',
      'permission-denied': 'warn',
      busy: 'warn',
      'open-failed': 'warn',
      disconnected: 'info',
      'driver-unavailable': 'warn',
      'unrecognised-report': 'warn',
      'incomplete-scan': 'warn',
      'missing-suffix': 'warn',
    };
    log[level[kind]]('scanner problem', { kind, detail });
  }
}
