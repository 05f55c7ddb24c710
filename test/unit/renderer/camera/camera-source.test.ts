import { describe, expect, it } from 'vitest';
import { ScannerSourceKind, ScanSource, isHostSource } from '../../../../shared/contract/index.ts';
import { cameraChoice } from '../../../../shared/contract/camera.ts';
import { cameraProblem } from '../../../../renderer/camera/camera-problem.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { openTestHost } from '../../electron/technician/technician-harness.ts';

describe('the camera scanner source', () => {
  const tempDir = useTempDir();

  it('is a source the renderer reads, and a lookup source', () => {
    expect(ScannerSourceKind.parse('camera')).toBe('camera');
    expect(ScanSource.parse('camera')).toBe('camera');
    expect(isHostSource('camera')).toBe(false);
  });

  it('kiosk info names the camera to open only while the source is camera, with the chosen device and resolution', async () => {
    const t = await openTestHost(tempDir());
    try {
      expect((await t.call('getKioskInfo', {})).camera).toBeNull();
      const session = await t.unlock();
      const set = (key: string, value: unknown) => t.call('technicianSetSetting', { session, key, value });
      expect((await set('scannerSource', 'camera')).result).toBe('saved');
      expect((await t.call('getKioskInfo', {})).camera).toEqual({ deviceId: null, width: 1280, height: 720 });
      expect((await set('scannerCameraDeviceId', 'a1b2c3')).result).toBe('saved');
      expect((await set('scannerCameraResolution', '640x480')).result).toBe('saved');
      expect((await t.call('getKioskInfo', {})).camera).toEqual({ deviceId: 'a1b2c3', width: 640, height: 480 });
      expect((await set('scannerCameraResolution', '800x600')).result).toBe('invalid');
      expect((await set('scannerSource', 'wedge')).result).toBe('saved');
      expect((await t.call('getKioskInfo', {})).camera).toBeNull();
    } finally {
      await t.close();
    }
  });

  it('turns getUserMedia failures into what the technician can act on', () => {
    const named = (name: string) => Object.assign(new Error('x'), { name });
    expect(cameraProblem(named('NotFoundError'))).toBe('no-camera');
    expect(cameraProblem(named('OverconstrainedError'))).toBe('no-camera');
    expect(cameraProblem(named('NotReadableError'))).toBe('busy');
    expect(cameraProblem(named('NotAllowedError'))).toBe('denied');
    expect(cameraProblem(named('TypeError'))).toBe('failed');
    expect(cameraProblem('nonsense')).toBe('failed');
    expect(cameraChoice(null, '1920x1080')).toEqual({ deviceId: null, width: 1920, height: 1080 });
  });
});
