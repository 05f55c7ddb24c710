// The scanner sources are declared once (shared/contract/scanner-sources.ts): the setting, the scan
// and monitor sources and the host's readers all follow that list.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScanSource } from '../../../../shared/contract/kiosk-api.ts';
import { HostSourceKind, isHostSource, SCANNER_SOURCES, ScannerMonitorEntry, ScannerSourceKind } from '../../../../shared/contract/scanner.ts';
import { KioskSettings } from '../../../../shared/contract/settings.ts';
import { HOST_SOURCE_FACTORIES } from '../../../../electron/scanners/host-source-registry.ts';
import { ScannerService } from '../../../../electron/scanners/scanner-service.ts';
import { FakeHidBackend, FakeSerialBackend } from './fakes.ts';

const allSources = Object.keys(SCANNER_SOURCES);
const hostSources = allSources.filter((s) => SCANNER_SOURCES[s as ScannerSourceKind] === 'host');

describe('the scanner sources, declared once', () => {
  it('give the setting, the lookup and the monitor their source names', () => {
    expect(ScannerSourceKind.options).toEqual(allSources);
    expect(KioskSettings.shape.scannerSource.unwrap().options).toEqual(allSources);
    expect(ScanSource.options).toEqual([...allSources, 'keypad']);
    expect(HostSourceKind.options).toEqual(hostSources);
    expect(ScannerMonitorEntry.shape.source.options).toEqual(hostSources);
    expect(hostSources).toEqual(expect.arrayContaining(['hid', 'serial']));
    expect(allSources.filter((s) => !isHostSource(s as ScannerSourceKind))).toEqual(allSources.filter((s) => !hostSources.includes(s)));
    expect(allSources.filter((s) => !isHostSource(s as ScannerSourceKind))).toContain('wedge');
  });

  it('has a host reader for every source the host reads, and none for the others', () => {
    expect(Object.keys(HOST_SOURCE_FACTORIES).sort()).toEqual([...hostSources].sort());
  });

  describe('through the scanner service', () => {
    let service: ScannerService | null = null;
    afterEach(async () => {
      await service?.stop();
      vi.useRealTimers();
    });

    function run(source: ScannerSourceKind) {
      vi.useFakeTimers();
      const hid = new FakeHidBackend();
      const serial = new FakeSerialBackend();
      serial.missing.add('/dev/ttyACM0');
      const settings = { ...KioskSettings.parse({}), scannerSource: source, scannerSerialPath: '/dev/ttyACM0' };
      service = new ScannerService({ settings: () => settings, emitScan: () => undefined, hid, serial, platform: 'linux' });
      service.start();
      return { service, hid, serial };
    }

    it.each(hostSources)('starts the %s reader from the registry and waits for its device', async (source) => {
      const { service } = run(source as ScannerSourceKind);
      await vi.advanceTimersByTimeAsync(0);
      expect(service.status()).toMatchObject({ source, state: 'waiting' });
    });

    it.each(allSources.filter((s) => !hostSources.includes(s)))('opens no device for %s, a source the renderer reads', async (source) => {
      const { service, hid, serial } = run(source as ScannerSourceKind);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(service.status()).toMatchObject({ source, state: 'wedge' });
      expect([hid.opened, serial.opened]).toEqual([[], []]);
    });
  });
});
