import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChangeFeed } from './change-feed.ts';
import { DistrictData } from './district-data.ts';
import { DossierOutput } from './dossier-output.ts';
import { FaultControl } from './faults.ts';
import { adminHandler } from './http/admin-handler.ts';
import type { SimControls } from './http/admin-handler.ts';
import { kioskHandler } from './http/kiosk-handler.ts';
import { Random } from './random.ts';
import { RequestLog } from './request-log.ts';
import { HeartbeatStore } from './routes/heartbeat.ts';
import type { SimState } from './routes/kiosk-request.ts';
import { PagePrefetch } from './routes/page-prefetch.ts';
import { ProcedureCatalogueState } from './routes/procedures.ts';
import { RatingStore } from './routes/ratings.ts';
import type { DistrictSim, DistrictSimOptions } from './types.ts';

const CHURN_TICK_MS = 100;

function checkOptions(options: DistrictSimOptions): void {
  if (!Number.isInteger(options.dossiers) || options.dossiers < 0 || options.dossiers > 2 ** 31) {
    throw new RangeError(`dossiers must be a whole number from 0 to 2^31, not ${options.dossiers}`);
  }
  if (!options.token) throw new RangeError('token must not be empty');
  if (options.lookupOnly && options.format !== 'national') throw new RangeError('lookupOnly needs format national (TraCuuHoSo is the portal\'s lookup)');
}

/** Starts the district simulator: a real HTTP server speaking the kiosk sync protocol. */
export async function startDistrictSim(options: DistrictSimOptions): Promise<DistrictSim> {
  checkOptions(options);
  const seed = options.seed ?? 1;
  const data = new DistrictData(options.dossiers, seed, options.anchor ?? new Date());
  const feed = new ChangeFeed(data, randomBytes(4).toString('hex'));
  if (options.retainChanges !== undefined) feed.retainChanges = options.retainChanges;
  const output = new DossierOutput(data, options.format ?? 'kiosk');
  const state: SimState = {
    data,
    feed,
    output,
    catalogue: new ProcedureCatalogueState(),
    ratings: new RatingStore(),
    heartbeats: new HeartbeatStore(),
    prefetch: new PagePrefetch(),
    compactFeed: options.compactFeed ?? true,
    lookupOnly: options.lookupOnly ?? false,
  };
  const faults = new FaultControl(new Random(seed ^ 0xfa17));
  const log = new RequestLog();

  const controls: SimControls = {
    advance: (n) => data.advance(n),
    deleteDossiers: (n) => data.delete(n),
    expireCursors: () => feed.expireCursors(),
    reviseProcedures: () => state.catalogue.revise(),
    faults,
    requests: () => log.list(),
    clearRequests: () => log.clear(),
    summary: () => {
      const cpu = process.cpuUsage();
      return {
        dossiers: data.count,
        live: data.liveCount,
        changes: data.changes.head,
        format: output.format,
        processCpuMs: Math.round((cpu.user + cpu.system) / 1000),
        rssBytes: process.memoryUsage.rss(),
      };
    },
  };
  const serveKiosk = kioskHandler(state, options.token, faults, log);
  const serveAdmin = adminHandler(controls);
  const server = http.createServer((req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://district-sim');
    } catch {
      res.writeHead(400).end();
      return;
    }
    const serve = url.pathname.startsWith('/__sim/') ? serveAdmin : serveKiosk;
    serve(req, res, url).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 30_000;
  const connections = { opened: 0, open: 0 };
  server.on('connection', (socket) => {
    connections.opened += 1;
    connections.open += 1;
    socket.on('close', () => (connections.open -= 1));
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  let churnDue = 0;
  const churn = options.churnPerSecond
    ? setInterval(() => {
        churnDue += ((options.churnPerSecond ?? 0) * CHURN_TICK_MS) / 1000;
        const n = Math.floor(churnDue);
        churnDue -= n;
        if (n > 0) data.advance(n);
      }, CHURN_TICK_MS).unref()
    : undefined;

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(churn);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    advance: controls.advance,
    deleteDossiers: controls.deleteDossiers,
    expireCursors: controls.expireCursors,
    reviseProcedures: controls.reviseProcedures,
    connections: () => ({ ...connections }),
    setKioskConfig: (config) => {
      state.heartbeats.config = config;
    },
    faults,
    state: {
      allDossiers: () => {
        const records = [];
        for (let index = 0; index < data.count; index++) if (!data.isDeleted(index)) records.push(output.record(index));
        return records;
      },
      dossier: (code) => {
        const index = data.layout.indexOf(code);
        return index === null || data.isDeleted(index) ? null : output.record(index);
      },
      ratingsReceived: () => state.ratings.list(),
      heartbeats: () => state.heartbeats.list(),
    },
    requests: controls.requests,
    clearRequests: controls.clearRequests,
  };
}
