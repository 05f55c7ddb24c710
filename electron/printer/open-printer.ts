import { open as openFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { SerialPort } from 'serialport';
import { discoverUsbPrinters, type SysfsRoots } from './discover-usb-printers.ts';
import { PrinterLineError, streamConnection, type PrinterConnection } from './printer-connection.ts';
import type { PrinterAddress } from '../../shared/contract/printer-address.ts';

const CONNECT_TIMEOUT_MS = 5_000;

/** Opens the line to a printer; PrinterLineError says, for a technician, why it could not. */
export async function openPrinter(address: PrinterAddress, roots?: SysfsRoots): Promise<PrinterConnection> {
  switch (address.kind) {
    case 'tcp':
      return openTcp(address.host, address.port);
    case 'serial':
      return openSerial(address.path, address.baudRate);
    case 'device':
      return openDevice(address.path);
    case 'usb': {
      const printer = (await discoverUsbPrinters(roots)).find((p) => p.vendorId === address.vendorId && p.productId === address.productId);
      if (!printer) throw new PrinterLineError(`USB printer ${address.vendorId}:${address.productId} is not connected`);
      if (!printer.devicePath) throw new PrinterLineError(`USB printer ${address.vendorId}:${address.productId} has no printer device (is the usblp driver loaded?)`);
      return openDevice(printer.devicePath);
    }
  }
}

function openTcp(host: string, port: number): Promise<PrinterConnection> {
  const describe = `printer at ${host}:${port}`;
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    socket.setNoDelay(true);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new PrinterLineError(`${describe}: no answer within ${CONNECT_TIMEOUT_MS / 1000} s`));
    }, CONNECT_TIMEOUT_MS);
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(new PrinterLineError(`${describe}: ${error.message}`));
    });
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(streamConnection(socket, describe, () => halfCloseAndWait(socket)));
    });
  });
}

function openSerial(path: string, baudRate: number): Promise<PrinterConnection> {
  const describe = `serial printer ${path}`;
  return new Promise((resolve, reject) => {
    const port = new SerialPort({ path, baudRate, autoOpen: false });
    port.open((error) => (error ? reject(new PrinterLineError(`${describe}: ${error.message}`)) : resolve(streamConnection(port, describe, () => drainAndClose(port)))));
  });
}

/** Sends FIN and waits for the printer's close: a printer that went away mid-job answers with a reset here. */
function halfCloseAndWait(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed) return resolve();
    const timer = setTimeout(() => socket.destroy(), CONNECT_TIMEOUT_MS);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.end();
  });
}

function drainAndClose(port: SerialPort): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!port.isOpen) return resolve();
    port.drain((drainError) => port.close((closeError) => (drainError ? reject(drainError) : closeError ? reject(closeError) : resolve())));
  });
}

/** A kernel printer device (/dev/usb/lp0, LPT1): write-only here, so the paper state reads as unknown. */
async function openDevice(path: string): Promise<PrinterConnection> {
  const describe = `printer device ${path}`;
  const handle = await openFile(path, 'w').catch((error: Error) => {
    throw new PrinterLineError(`${describe}: ${error.message}`);
  });
  return {
    async write(bytes) {
      await handle.write(bytes).catch((error: Error) => {
        throw new PrinterLineError(`${describe}: ${error.message}`);
      });
    },
    ask: async () => null,
    finish: () => handle.close(),
    close: () => handle.close().catch(() => undefined),
  };
}
