import { afterEach, describe, expect, it } from 'vitest';
import { parseReceiptCode } from '../../../../shared/receipt-code/index.ts';
import type { SerialFraming } from '../../../../shared/contract/scanner.ts';
import { describeSerialSettings, SerialSource } from '../../../../electron/scanners/serial/serial-source.ts';
import { createSerialportBackend } from '../../../../electron/scanners/serial/serialport-backend.ts';
import type { SerialOpenOptions } from '../../../../electron/scanners/serial/serial-backend.ts';
import { nodeTimers } from '../../../../electron/scanners/timers.ts';
import { eventually, VirtualSerialCable } from '../../../support/socat.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { RecordingListener } from './fakes.ts';

// End to end through the real serialport package, on virtual serial ports made by socat.

const CODE = '000.00.12.H53-230915-0003';
const SUFFIX: Record<Exclude<SerialFraming, 'timeout'>, string> = { cr: '\r', lf: '\n', crlf: '\r\n', tab: '\t' };
const EIGHT_N_ONE: Omit<SerialOpenOptions, 'path' | 'baudRate'> = { dataBits: 8, parity: 'none', stopBits: 1 };

describe('a serial scanner on a virtual port', () => {
  const tempDir = useTempDir('kiosk-serial-');
  const running: { cable: VirtualSerialCable; source: SerialSource }[] = [];
  afterEach(async () => {
    for (const { cable, source } of running.splice(0)) {
      await source.stop();
      await cable.unplug();
    }
  });

  async function connect(options: { framing?: SerialFraming; timeoutMs?: number; baudRate?: number; port?: Partial<SerialOpenOptions> } = {}) {
    const cable = new VirtualSerialCable(tempDir());
    await cable.plugIn();
    const listener = new RecordingListener();
    const source = new SerialSource({
      backend: createSerialportBackend(),
      selector: { path: cable.kioskPath, vendorId: null, productId: null },
      port: { baudRate: options.baudRate ?? 9600, ...EIGHT_N_ONE, ...options.port },
      framing: options.framing ?? 'cr',
      timeoutMs: options.timeoutMs ?? 50,
      listener,
      timers: nodeTimers,
      now: () => new Date(),
      retryMs: 100,
    });
    running.push({ cable, source });
    source.start();
    await eventually(() => source.snapshot().state === 'connected', { what: 'the port to open' });
    return { cable, source, listener };
  }

  for (const baudRate of [9600, 115200]) {
    for (const framing of ['cr', 'lf', 'crlf', 'tab'] as const) {
      it(`frames scans by their ${framing.toUpperCase()} suffix at ${baudRate} baud`, async () => {
        const { cable, source, listener } = await connect({ framing, baudRate });
        expect(source.snapshot().device?.serial).toEqual({ baudRate, dataBits: 8, parity: 'none', stopBits: 1, framing, timeoutMs: 50 });
        const second = CODE.replace('0003', '0004');
        await cable.send(`${CODE}${SUFFIX[framing]}${second}${SUFFIX[framing]}`);
        await eventually(() => listener.scans.length === 2, { what: 'two scans' });
        expect(listener.texts).toEqual([CODE, second]);
      });
    }
  }

  it('frames scans by a pause between bytes when the scanner sends no suffix', async () => {
    const { cable, listener } = await connect({ framing: 'timeout', timeoutMs: 80 });
    await cable.send('000.00.12.H53-');
    await cable.send('230915-0003');
    await eventually(() => listener.scans.length === 1, { what: 'the first scan' });
    await cable.send(CODE.replace('0003', '0004'));
    await eventually(() => listener.scans.length === 2, { what: 'the second scan' });
    expect(listener.texts).toEqual([CODE, CODE.replace('0003', '0004')]);
  });

  it('joins a scan split across several writes', async () => {
    const { cable, listener } = await connect({ framing: 'crlf' });
    for (const piece of ['https://dichvucong.example.gov.vn/', 'tra-cuu?maHoSo=000.00.12', '.H53-230915-0003', '\r', '\n']) {
      await cable.send(piece);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await eventually(() => listener.scans.length === 1, { what: 'the scan' });
    expect(parseReceiptCode(listener.texts[0]!)).toMatchObject({ ok: true, code: CODE });
  });

  it('survives garbage on the line: a code after line noise still reads, noise alone is refused with a reason', async () => {
    const { cable, listener } = await connect({ framing: 'cr' });
    await cable.send(Uint8Array.from([0x00, 0xff, 0xfe, 0x13, 0x11, ...Buffer.from(`${CODE}\r`)]));
    await cable.send(Uint8Array.from([0x80, 0x81, 0x1b, 0x5b, 0x41, 0x0d]));
    await cable.send(`]C0${CODE.replace('0003', '0005')}\r`);
    await eventually(() => listener.scans.length === 3, { what: 'three frames' });
    const parses = listener.texts.map((t) => parseReceiptCode(t));
    expect(parses[0]).toMatchObject({ ok: true, code: CODE });
    expect(parses[1]).toEqual({ ok: false, reason: 'no-code' });
    expect(parses[2]).toMatchObject({ ok: true, code: CODE.replace('0003', '0005') });
  });

  it('reads a 7E1 scanner (7 data bits, even parity)', async () => {
    const { cable, source, listener } = await connect({ port: { dataBits: 7, parity: 'even', stopBits: 1 } });
    expect(describeSerialSettings(source.snapshot().device!.serial!)).toBe('9600 7E1, suffix CR');
    await cable.send(`${CODE}\r`);
    await eventually(() => listener.scans.length === 1, { what: 'the scan' });
    expect(listener.texts).toEqual([CODE]);
  });

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`reconnects when the port goes away and comes back (socat ${signal}), then reads the next scan`, async () => {
      const { cable, source, listener } = await connect({ framing: 'cr' });
      await cable.send(`${CODE}\r`);
      await eventually(() => listener.scans.length === 1, { what: 'the first scan' });

      await cable.unplug(signal);
      await eventually(() => source.snapshot().state === 'waiting', { what: 'the source to notice the unplug' });
      expect(listener.problems.map((p) => p.kind)).toContain('disconnected');

      await cable.plugIn();
      await eventually(() => source.snapshot().state === 'connected', { what: 'the source to reconnect' });
      await cable.send(`${CODE.replace('0003', '0006')}\r`);
      await eventually(() => listener.scans.length === 2, { what: 'the scan after replugging' });
      expect(listener.texts).toEqual([CODE, CODE.replace('0003', '0006')]);
    });
  }

  it('waits for a port that is not there at start-up, and opens it when it appears', async () => {
    const cable = new VirtualSerialCable(tempDir());
    const listener = new RecordingListener();
    const source = new SerialSource({
      backend: createSerialportBackend(),
      selector: { path: cable.kioskPath, vendorId: null, productId: null },
      port: { baudRate: 9600, ...EIGHT_N_ONE },
      framing: 'cr',
      timeoutMs: 50,
      listener,
      timers: nodeTimers,
      now: () => new Date(),
      retryMs: 100,
    });
    running.push({ cable, source });
    source.start();
    await eventually(() => source.snapshot().state === 'waiting', { what: 'the source to wait' });
    expect(listener.problems.map((p) => p.kind)).toEqual(['no-device']);
    await cable.plugIn();
    await eventually(() => source.snapshot().state === 'connected', { what: 'the port to open' });
    await cable.send(`${CODE}\r`);
    await eventually(() => listener.scans.length === 1, { what: 'the scan' });
  });
});
