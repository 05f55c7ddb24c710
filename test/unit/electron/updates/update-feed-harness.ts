// A generic update feed on loopback and a packaged AppImage kiosk for electron-updater's real
// AppImageUpdater, run in Node the way electron-updater's own tests run it: an app adapter and
// Node's HTTP client. The feed signs its metadata like scripts/sign-update.mjs does.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { vi } from 'vitest';
import { keyIdOf, signedPayload } from '../../../../electron/updates/update-signature.ts';
import type { TrustedUpdateKey } from '../../../../electron/updates/update-signature.ts';

const require = createRequire(import.meta.url);
// electron-updater require()s 'electron' itself (quitAndInstall emits on its autoUpdater):
// the stand-in goes into Node's module cache under the real package's file.
const electronId = require.resolve('electron');
require.cache[electronId] = { id: electronId, filename: electronId, loaded: true, exports: { autoUpdater: new EventEmitter() } } as NodeJS.Module;
const { AppImageUpdater } = require('electron-updater') as typeof import('electron-updater'); // eslint-disable-line @typescript-eslint/consistent-type-imports
const { NodeHttpExecutor } = require('builder-util/out/nodeHttpExecutor') as { NodeHttpExecutor: new () => object };
const { configureRequestOptions, configureRequestUrl } = require('builder-util-runtime') as {
  configureRequestOptions(options: object): void;
  configureRequestUrl(url: URL, options: object): void;
};

interface DownloadOptions {
  headers?: Record<string, string>;
  cancellationToken: { createPromise<T>(run: (resolve: (v: T) => void, reject: (e: Error) => void, onCancel: unknown) => void): Promise<T> };
}

/** Node's HTTP client with the file download electron-updater's Electron client adds (same code path). */
/** How long a stand-in installer may take to write its marker file on a loaded 2-core CI machine. */
export const STAND_IN_INSTALL_WAIT_MS = 30_000;
/** A test that waits for the stand-in installer: the wait above plus the check and download. */
export const INSTALLER_TEST_TIMEOUT_MS = 60_000;

export class NodeDownloadExecutor extends (NodeHttpExecutor as new () => { doDownload(options: object, task: object, redirects: number): void }) {
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise((resolve, reject, onCancel) => {
      const requestOptions = { headers: options.headers, redirect: 'manual' };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(
        requestOptions,
        { destination, options, onCancel, callback: (error: Error | null) => (error ? reject(error) : resolve(destination)), responseHandler: null },
        0,
      );
    });
  }
}

/** An ed25519 key pair in the form the kiosk trusts (SPKI) and the sign tool uses (private key). */
export function updateSigningKey(): { trusted: TrustedUpdateKey; privateKey: KeyObject; keyId: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return { trusted: { spki: der.toString('base64') }, privateKey, keyId: keyIdOf(der) };
}

/** The `.sig` file's text for `metadata` published as `fileName`. */
export function signatureFile(fileName: string, metadata: string, key: { privateKey: KeyObject; keyId: string }): string {
  const signature = sign(null, signedPayload(fileName, Buffer.from(metadata, 'utf8')), key.privateKey).toString('base64');
  return `ed25519 ${key.keyId} ${signature}\n`;
}

export interface UpdateFeedServer {
  base: string;
  version: string;
  /** The AppImage the feed serves. */
  body: Buffer;
  requests: { url: string; authorization: string | undefined }[];
  /** The `.sig` served for the metadata text (null: none, 404). Signs with the vendor key by default. */
  signature: (fileName: string, metadata: string) => string | null;
  /** Rewrites the metadata after it was signed (a tampering server). */
  tamper: (metadata: string) => string;
  fileName(): string;
  close(): Promise<void>;
}

export async function startUpdateFeed(vendorKey: { privateKey: KeyObject; keyId: string }): Promise<UpdateFeedServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    feed.requests.push({ url, authorization: req.headers.authorization });
    const sha512 = createHash('sha512').update(feed.body).digest('base64');
    const name = feed.fileName();
    const metadata = `version: ${feed.version}\nfiles:\n  - url: ${name}\n    sha512: ${sha512}\n    size: ${feed.body.length}\npath: ${name}\nsha512: ${sha512}\nreleaseDate: '2026-11-20T00:00:00.000Z'\n`;
    if (url === '/updates/latest-linux.yml') {
      res.writeHead(200, { 'Content-Type': 'text/yaml' });
      res.end(feed.tamper(metadata));
    } else if (url === '/updates/latest-linux.yml.sig') {
      const signature = feed.signature('latest-linux.yml', metadata);
      if (signature === null) res.writeHead(404).end();
      else res.writeHead(200, { 'Content-Type': 'text/plain' }).end(signature);
    } else if (url === `/updates/${name}`) {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': feed.body.length });
      res.end(feed.body);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const feed: UpdateFeedServer = {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    version: '1.1.0',
    body: Buffer.alloc(0),
    requests: [],
    signature: (fileName, metadata) => signatureFile(fileName, metadata, vendorKey),
    tamper: (metadata) => metadata,
    fileName: () => `receipt-kiosk-${feed.version}-x86_64.AppImage`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return feed;
}

/** electron-updater's view of a packaged kiosk at version 1.0.0 in `dir` (its app adapter), any installer kind. */
export function packagedApp(dir: string) {
  fs.writeFileSync(path.join(dir, 'app-update.yml'), 'provider: generic\nurl: https://updates.example.invalid/\nupdaterCacheDirName: receipt-kiosk-updater\n');
  const quit = vi.fn();
  const adapter = {
    version: '1.0.0',
    name: 'receipt-kiosk',
    isPackaged: true,
    appUpdateConfigPath: path.join(dir, 'app-update.yml'),
    userDataPath: path.join(dir, 'userData'),
    baseCachePath: path.join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    quit,
    relaunch: vi.fn(),
    onQuit: () => undefined,
  };
  return { adapter, quit };
}

/**
 * A packaged AppImage kiosk at version 1.0.0, as far as electron-updater can tell, in `dir`;
 * the feed is reset to serve a "new version" that writes `marker` when started.
 */
export function appImageKiosk(feed: UpdateFeedServer, dir: string) {
  const appImage = path.join(dir, 'receipt-kiosk.AppImage');
  fs.writeFileSync(appImage, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  const marker = path.join(dir, 'started');
  feed.body = Buffer.from(`#!/bin/sh\necho "$APPIMAGE_SILENT_INSTALL" > '${marker}'\n`);
  feed.requests = [];
  const { adapter, quit } = packagedApp(dir);
  vi.stubEnv('APPIMAGE', appImage);
  const updater = new AppImageUpdater(null, adapter as never);
  (updater as unknown as { httpExecutor: unknown }).httpExecutor = new NodeDownloadExecutor();
  return { updater, appImage, marker, quit, dir };
}
