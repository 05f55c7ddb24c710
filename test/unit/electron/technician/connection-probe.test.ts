import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeDistrict } from '../../../../electron/technician/connection-probe.ts';
import { PROTOCOL_VERSION } from '../../../../electron/sync/district-server/kiosk-protocol/kiosk-protocol-server.ts';
import { connectionFailureTexts, PROTOCOL_VERSION_OF_KIOSK, renderText } from '../../../../shared/i18n/technician-format.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { freePort, makeTlsFixtures, startFakeDistrict, startSilentServer, startTlsServer } from './network-fixtures.ts';
import type { TlsFixtures } from './network-fixtures.ts';

const TOKEN = 'probe-test-token';
const tempDir = useTempDir('kiosk-tls-');
let sim: DistrictSim;
let certs: TlsFixtures;

beforeAll(async () => {
  sim = await startDistrictSim({ dossiers: 20, token: TOKEN });
});
afterAll(async () => {
  await sim.close();
});

const probe = (url: string | null, extra: Partial<Parameters<typeof probeDistrict>[0]> = {}) =>
  probeDistrict({ url, token: TOKEN, kioskId: 'kiosk-test', timeoutMs: 3000, ...extra });

/** Both languages name the failure in a full sentence, never a bare code. */
function expectSentences(failure: NonNullable<Awaited<ReturnType<typeof probe>>['failure']>) {
  const { message, fix } = connectionFailureTexts(failure);
  for (const lang of ['vi', 'en'] as const) {
    expect(renderText(lang, message)).toMatch(/^\p{Lu}.*\.$/u);
    expect(renderText(lang, message)).not.toContain('{');
    expect(renderText(lang, fix)).toMatch(/\.$/);
  }
  return renderText('en', message);
}

describe('test connection names the exact failure', () => {
  it('passes every step against the district simulator, and measures the clock against its Date header', async () => {
    const report = await probe(sim.url);
    expect(report).toMatchObject({ ok: true, failure: null, tls: false });
    expect(report.passed.map((p) => p.step)).toEqual(['url', 'dns', 'connect', 'request']);
    expect(Math.abs(report.clockSkewSec!)).toBeLessThanOrEqual(2);
    // The probe asks for a dossier nobody has: no personal data travels.
    expect(sim.requests().at(-1)).toMatchObject({ route: 'dossier', status: 404, authorized: true });
  });

  it('says "not configured" and "bad address"', async () => {
    expect((await probe(null)).failure).toMatchObject({ kind: 'not-configured', step: 'url' });
    expect((await probe('ftp://example.gov.vn')).failure).toMatchObject({ kind: 'bad-url' });
  });

  it('DNS: a name that does not exist', async () => {
    const report = await probe('https://no-such-district.invalid');
    expect(report.failure).toMatchObject({ kind: 'dns', step: 'dns', host: 'no-such-district.invalid' });
    expect(expectSentences(report.failure!)).toContain('“no-such-district.invalid” cannot be found (DNS');
  });

  it('refused: a stopped server', async () => {
    const port = await freePort();
    const report = await probe(`http://127.0.0.1:${port}`);
    expect(report.failure).toMatchObject({ kind: 'refused', step: 'connect', code: 'ECONNREFUSED', port });
    expect(expectSentences(report.failure!)).toBe(`Server 127.0.0.1 refused the connection on port ${port}: nothing is listening at that address.`);
  });

  it('timeout: a server that accepts the connection and never answers', async () => {
    const silent = await startSilentServer();
    try {
      const report = await probe(silent.url, { timeoutMs: 800 });
      expect(report.failure).toMatchObject({ kind: 'timeout', step: 'request', seconds: 0.8 });
      expect(expectSentences(report.failure!)).toBe('Server 127.0.0.1 did not answer within 0.8 seconds.');
    } finally {
      await silent.close();
    }
  });

  it('wrong token: the simulator refuses it', async () => {
    const report = await probe(sim.url, { token: 'not-the-token' });
    expect(report.failure).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(expectSentences(report.failure!)).toContain('refused this kiosk’s token');
    expect((await probe(sim.url, { token: null })).failure).toMatchObject({ kind: 'no-token' });
  });

  it('wrong protocol version, and an address that is no district server', async () => {
    const newer = await startFakeDistrict({ protocol: '2' });
    const plain = await startFakeDistrict({ protocol: null, status: 404, body: { message: 'Not Found' } });
    try {
      const report = await probe(newer.url);
      expect(report.failure).toMatchObject({ kind: 'protocol-version', serverProtocol: '2' });
      expect(expectSentences(report.failure!)).toBe('The server speaks protocol version 2; this kiosk speaks version 1.');
      expect((await probe(plain.url)).failure).toMatchObject({ kind: 'not-kiosk-server', status: 404 });
    } finally {
      await newer.close();
      await plain.close();
    }
    expect(PROTOCOL_VERSION_OF_KIOSK).toBe(PROTOCOL_VERSION);
  });

  describe('TLS', () => {
    beforeAll(() => {
      certs = makeTlsFixtures(tempDir());
    });

    it('an untrusted (self-signed) certificate', async () => {
      const server = await startTlsServer(certs.selfSigned);
      try {
        const report = await probe(server.url.replace('127.0.0.1', 'localhost'));
        expect(report.failure).toMatchObject({ kind: 'tls-untrusted', step: 'tls', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
        expect(report.passed.map((p) => p.step)).toEqual(['url', 'dns', 'connect']);
        expectSentences(report.failure!);
      } finally {
        await server.close();
      }
    });

    it('a certificate for another name, an expired one, and plain HTTP on an https address', async () => {
      const wrongName = await startTlsServer(certs.wrongName);
      const expired = await startTlsServer(certs.expired);
      const plain = await startFakeDistrict();
      try {
        expect((await probe(wrongName.url, { ca: certs.caPem })).failure).toMatchObject({ kind: 'tls-hostname', code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
        expect((await probe(expired.url, { ca: certs.caPem })).failure).toMatchObject({ kind: 'tls-expired', code: 'CERT_HAS_EXPIRED' });
        const report = await probe(plain.url.replace('http:', 'https:'));
        expect(report.failure).toMatchObject({ kind: 'tls-handshake', step: 'tls' });
        expect(expectSentences(report.failure!)).toContain('may not speak https');
      } finally {
        await Promise.all([wrongName.close(), expired.close(), plain.close()]);
      }
    });

    it('succeeds over https with the district CA pinned, and fails without it', async () => {
      const server = await startFakeDistrict({ tls: certs.server });
      try {
        const pinned = await probe(server.url, { ca: certs.caPem });
        expect(pinned).toMatchObject({ ok: true, tls: true });
        expect(pinned.passed.map((p) => p.step)).toEqual(['url', 'dns', 'connect', 'tls', 'request']);
        expect((await probe(server.url)).failure).toMatchObject({ kind: 'tls-untrusted' });
      } finally {
        await server.close();
      }
    });
  });
});
