import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import type { ConnectionFailure, ConnectionFailureKind, ConnectionReport, ConnectionStep } from '../../shared/contract/index.ts';
import { probePlanFor } from '../sync/district-server/choose-district-server.ts';
import type { DistrictProtocol } from '../sync/district-server/district-server.ts';
import type { ProbeAnswer, ProbePlan } from '../sync/district-server/probe-plan.ts';
import { tokenMayTravelTo } from '../settings/district-token-policy.ts';

export interface ProbeOptions {
  url: string | null;
  token: string | null;
  kioskId: string;
  /** The protocol the server is set to speak (the `districtProtocol` setting); default `kiosk`. */
  protocol?: DistrictProtocol;
  /** PEM of the pinned district CA. */
  ca?: string | null;
  /** For the whole probe, every step included. */
  timeoutMs?: number;
  now?: () => Date;
}

/** A code no dossier has: the server answers 404 when the token is good, without any personal data. */
export const PROBE_CODE = 'kiosk-connection-test';

class ProbeFailure extends Error {
  constructor(
    readonly kind: ConnectionFailureKind,
    readonly step: ConnectionStep,
    readonly extra: Partial<Pick<ConnectionFailure, 'code' | 'status' | 'serverProtocol' | 'seconds'>> = {},
  ) {
    super(kind);
  }
}

const TLS_UNTRUSTED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_REVOKED',
  'INVALID_CA',
]);

/** The failure a system or TLS error code stands for, at a given step. */
export function classifyNetworkError(code: string, step: ConnectionStep): ConnectionFailureKind {
  if (step === 'dns') return 'dns';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') return 'unreachable';
  if (code === 'ETIMEDOUT') return 'timeout';
  if (TLS_UNTRUSTED.has(code)) return 'tls-untrusted';
  if (code === 'CERT_HAS_EXPIRED') return 'tls-expired';
  if (code === 'CERT_NOT_YET_VALID') return 'tls-not-yet-valid';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH') return 'tls-hostname';
  if (step === 'tls') return 'tls-handshake';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED') return 'reset';
  return 'unreachable';
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.name : 'UNKNOWN');

/**
 * Talks to the district server one step at a time (name lookup, TCP, TLS, one request) and
 * says exactly which step failed and why. The request asks for a dossier that does not exist:
 * cheap, no personal data, and it shows whether the token and protocol version are accepted.
 */
export async function probeDistrict(options: ProbeOptions): Promise<ConnectionReport> {
  const now = options.now ?? (() => new Date());
  const timeoutMs = options.timeoutMs ?? 6_000;
  const started = performance.now();
  const deadline = started + timeoutMs;
  const left = () => Math.max(1, deadline - performance.now());
  const passed: ConnectionReport['passed'] = [];
  let clockSkewSec: number | null = null;
  let host: string | null = null;
  let port: number | null = null;
  let isTls = false;

  const pass = async <T>(step: ConnectionStep, work: () => Promise<T>): Promise<T> => {
    const at = performance.now();
    const result = await work();
    passed.push({ step, ms: Math.round(performance.now() - at) });
    return result;
  };

  const report = (failure: ConnectionFailure | null): ConnectionReport => ({
    ok: failure === null,
    url: options.url,
    failure,
    passed,
    tls: isTls,
    clockSkewSec,
    ms: Math.round(performance.now() - started),
  });

  try {
    if (!options.url) throw new ProbeFailure('not-configured', 'url');
    const url = await pass('url', async () => {
      try {
        const parsed = new URL(options.url!);
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('protocol');
        // The token never travels over plain http:// to another machine.
        if (!tokenMayTravelTo(parsed.href)) throw new Error('plain http');
        return parsed;
      } catch {
        throw new ProbeFailure('bad-url', 'url');
      }
    });
    isTls = url.protocol === 'https:';
    host = url.hostname.replace(/^\[|\]$/g, '');
    port = url.port ? Number(url.port) : isTls ? 443 : 80;
    const name = host;
    const target = port;

    const address = await pass('dns', async () => {
      if (net.isIP(name)) return name;
      try {
        return (await withDeadline(dns.lookup(name), left(), 'ETIMEOUT')).address;
      } catch (error) {
        throw new ProbeFailure('dns', 'dns', { code: codeOf(error) });
      }
    });

    const socket = await pass('connect', () => connect(address, target, left()));
    if (isTls) {
      await pass('tls', () => handshake(socket, name, options.ca ?? undefined, left())).finally(() => socket.destroy());
    } else {
      socket.destroy();
    }

    const plan = probePlanFor(options.protocol ?? 'kiosk');
    const answer = await pass('request', () => request(url, address, options, plan, left()));
    if (answer.date !== null) clockSkewSec = Math.round((answer.date - now().getTime()) / 1000);
    const verdict = plan.judge(answer, !!options.token);
    if (verdict) {
      passed.pop();
      throw new ProbeFailure(verdict.kind, 'request', { status: answer.status, ...(verdict.serverProtocol ? { serverProtocol: verdict.serverProtocol } : {}) });
    }
    return report(null);
  } catch (error) {
    if (error instanceof ProbeFailure) {
      return report({
        kind: error.kind,
        step: error.step,
        host,
        port,
        code: error.extra.code ?? null,
        status: error.extra.status ?? null,
        serverProtocol: error.extra.serverProtocol ?? null,
        seconds: error.kind === 'timeout' ? Math.round(timeoutMs / 100) / 10 : null,
      });
    }
    return report({ kind: 'unreachable', step: 'request', host, port, code: codeOf(error), status: null, serverProtocol: null, seconds: null });
  }
}

function withDeadline<T>(promise: Promise<T>, ms: number, code: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(Object.assign(new Error(code), { code })), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function connect(address: string, port: number, ms: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: address, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new ProbeFailure('timeout', 'connect'));
    }, ms);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      const code = codeOf(error);
      reject(new ProbeFailure(classifyNetworkError(code, 'connect'), 'connect', { code }));
    });
  });
}

function handshake(socket: net.Socket, servername: string, ca: string | undefined, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const secure = tls.connect({ socket, servername: net.isIP(servername) ? undefined : servername, ca, rejectUnauthorized: true });
    const timer = setTimeout(() => {
      secure.destroy();
      reject(new ProbeFailure('timeout', 'tls'));
    }, ms);
    secure.once('secureConnect', () => {
      clearTimeout(timer);
      secure.end();
      resolve();
    });
    secure.once('error', (error) => {
      clearTimeout(timer);
      secure.destroy();
      const code = codeOf(error);
      reject(new ProbeFailure(classifyNetworkError(code, 'tls'), 'tls', { code }));
    });
  });
}

interface Answer extends ProbeAnswer {
  date: number | null;
}

function request(url: URL, address: string, options: ProbeOptions, plan: ProbePlan, ms: number): Promise<Answer> {
  const base = url.pathname.replace(/\/+$/, '');
  const body = plan.body?.(PROBE_CODE) ?? null;
  const headers: Record<string, string> = {
    'X-Kiosk-Id': options.kioskId,
    Accept: 'application/json',
    'User-Agent': 'receipt-kiosk connection test',
    ...plan.headers,
    ...(body === null ? {} : { 'Content-Length': String(Buffer.byteLength(body)) }),
  };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const isTls = url.protocol === 'https:';
  const common = {
    host: address,
    port: url.port ? Number(url.port) : isTls ? 443 : 80,
    path: `${base}${plan.path(PROBE_CODE)}`,
    method: plan.method,
    headers: { ...headers, Host: url.host },
    agent: false as const,
  };
  return new Promise((resolve, reject) => {
    const req = isTls
      ? https.request({ ...common, servername: net.isIP(url.hostname) ? undefined : url.hostname, ca: options.ca ?? undefined, rejectUnauthorized: true })
      : http.request(common);
    const timer = setTimeout(() => {
      req.destroy();
      reject(new ProbeFailure('timeout', 'request'));
    }, ms);
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= 4096) chunks.push(chunk);
      });
      res.once('end', () => {
        clearTimeout(timer);
        let parsed: unknown = null;
        try {
          parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          // not JSON: judged by status and headers alone
        }
        const date = res.headers.date ? Date.parse(res.headers.date) : NaN;
        const protocol = res.headers['x-kiosk-protocol'];
        resolve({ status: res.statusCode ?? 0, protocol: typeof protocol === 'string' ? protocol : null, date: Number.isNaN(date) ? null : date, body: parsed });
      });
      res.once('error', (error) => {
        clearTimeout(timer);
        reject(new ProbeFailure('reset', 'request', { code: codeOf(error) }));
      });
    });
    req.once('error', (error) => {
      clearTimeout(timer);
      const code = codeOf(error);
      reject(new ProbeFailure(classifyNetworkError(code, 'request'), 'request', { code }));
    });
    req.end(body ?? undefined);
  });
}
