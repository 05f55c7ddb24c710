import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ScannerDeviceList } from '../../../../shared/contract/scanner.ts';
import { runKioskCli } from '../../../support/run-kiosk-cli.ts';
import { eventually, VirtualSerialCable } from '../../../support/socat.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const BIN = path.join(import.meta.dirname, '..', '..', '..', '..', 'bin', 'kiosk.mjs');
const CODE = '000.00.12.H53-230915-0003';
/** Each test starts the real CLI (through tsx) one or more times. */
const CLI_TIMEOUT_MS = 90_000;

/** `kiosk scanners watch …` running, its output collected as it comes. */
function watch(args: string[]) {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'scanners', 'watch', ...args], { env: { ...process.env, KIOSK_LOG: 'silent' } });
  const out = { stdout: '', stderr: '' };
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out.stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (out.stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, out, exited, lines: () => out.stdout.split('\n').filter((l) => l !== '') };
}

describe('kiosk scanners', () => {
  const tempDir = useTempDir('kiosk-scanners-cli-');
  const stops: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  it('lists HID devices and serial ports as JSON', () => {
    const run = runKioskCli(['scanners']);
    expect(run.status).toBe(0);
    const list = ScannerDeviceList.parse(JSON.parse(run.stdout));
    expect(list.hidError).toBeNull();
    expect(list.serialError).toBeNull();
  }, CLI_TIMEOUT_MS);

  it('watch prints each raw scan and its parse, one JSON line each, as it arrives', async () => {
    const cable = new VirtualSerialCable(tempDir());
    await cable.plugIn();
    stops.push(() => cable.unplug());
    const run = watch(['--source', 'serial', '--path', cable.kioskPath, '--baud', '115200', '--suffix', 'crlf', '--json']);
    stops.push(async () => {
      run.child.kill('SIGKILL');
      await run.exited;
    });
    await eventually(() => run.out.stderr.includes('connected to'), { what: 'the watch to connect', timeoutMs: 20_000 });
    expect(run.out.stderr).toContain('(115200 8N1, suffix CRLF)');

    await cable.send(`${CODE}\r\n`);
    await cable.send(Uint8Array.from([0xff, 0x00, 0x41, 0x0d, 0x0a]));
    await cable.send(`https://dichvucong.example.gov.vn/tra-cuu?maHoSo=${CODE}\r\n`);
    await eventually(() => run.lines().length === 3, { what: 'three lines' });
    const [scan, garbage, repeat] = run.lines().map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(scan).toMatchObject({ source: 'serial', kind: 'scan', hex: '30 30 30 2e 30 30 2e 31 32 2e 48 35 33 2d 32 33 30 39 31 35 2d 30 30 30 33', text: CODE, parse: { ok: true, code: CODE, date: '2023-09-15' } });
    expect(garbage).toMatchObject({ kind: 'scan', hex: 'ff 00 41', parse: { ok: false, reason: 'no-code' } });
    expect(repeat).toMatchObject({ kind: 'duplicate', parse: { ok: true, code: CODE } });

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }, CLI_TIMEOUT_MS);

  it('watch prints a readable line per scan, and says when the port goes and comes back', async () => {
    const cable = new VirtualSerialCable(tempDir());
    const run = watch(['--source', 'serial', '--path', cable.kioskPath, '--suffix', 'none', '--timeout', '60']);
    stops.push(async () => {
      run.child.kill('SIGKILL');
      await run.exited;
    });
    stops.push(() => cable.unplug());
    await eventually(() => run.out.stderr.includes('no-device'), { what: 'the watch to wait for the port', timeoutMs: 20_000 });
    await cable.plugIn();
    await eventually(() => run.out.stderr.includes('connected to'), { what: 'the watch to connect' });
    await cable.send(`]C0${CODE}`);
    await eventually(() => run.lines().length === 1, { what: 'one line' });
    expect(run.lines()[0]).toMatch(/ serial \[5d 43 30 30 30 30 .*\] "]C0000\.00\.12\.H53-230915-0003" -> 000\.00\.12\.H53-230915-0003$/);

    await cable.unplug();
    await eventually(() => run.out.stderr.includes('disconnected'), { what: 'the watch to see the unplug' });
    await cable.plugIn();
    await eventually(() => run.out.stderr.split('connected to').length === 3, { what: 'the watch to reconnect' });
    await cable.send('000.00.12.H53-230231-0001');
    await eventually(() => run.lines().length === 2, { what: 'the second line' });
    expect(run.lines()[1]).toMatch(/-> unreadable \(bad-date\)$/);
  }, CLI_TIMEOUT_MS);

  it('explains its usage when called wrongly', () => {
    for (const args of [['watch', '--source', 'usb'], ['watch', '--source', 'serial'], ['watch', '--source', 'serial', '--path', 'x', '--suffix', 'semicolon'], ['watch', '--source', 'serial', '--path', 'x', '--baud', 'fast']]) {
      const run = runKioskCli(['scanners', ...args]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('kiosk scanners watch --source hid|serial');
    }
  }, CLI_TIMEOUT_MS);
});
