/** Where a printer is: `tcp://host[:9100]`, `serial:<path>[?baud=…]`, `usb:<vid>:<pid>` or a device path. */
export type PrinterAddress =
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'serial'; path: string; baudRate: number }
  | { kind: 'usb'; vendorId: string; productId: string }
  | { kind: 'device'; path: string };

export class PrinterUriError extends Error {}

export const PRINTER_URI_FORMS = 'tcp://host[:9100], serial:<path>[?baud=…], usb:<vid>:<pid> or a device path such as /dev/usb/lp0';

const HEX4 = /^[0-9a-f]{4}$/i;

export function parsePrinterUri(uri: string): PrinterAddress {
  const text = uri.trim();
  if (text.startsWith('tcp://')) {
    const match = /^tcp:\/\/(\[[0-9a-f:]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?\/?$/i.exec(text);
    const port = match?.[2] === undefined ? 9100 : Number(match[2]);
    if (!match || port < 1 || port > 65535) throw new PrinterUriError(`"${uri}" is not tcp://host[:port]`);
    return { kind: 'tcp', host: match[1]!.replace(/^\[|\]$/g, ''), port };
  }
  if (text.startsWith('serial:')) {
    const [path, query = ''] = text.slice('serial:'.length).split('?', 2) as [string, string?];
    const baud = new URLSearchParams(query).get('baud');
    const baudRate = baud === null ? 9600 : Number(baud);
    if (!path || !Number.isInteger(baudRate) || baudRate < 300 || baudRate > 4_000_000) {
      throw new PrinterUriError(`"${uri}" is not serial:<path>[?baud=<rate>]`);
    }
    return { kind: 'serial', path, baudRate };
  }
  if (text.startsWith('usb:')) {
    const [vendorId, productId] = text.slice('usb:'.length).split(':');
    if (!vendorId || !productId || !HEX4.test(vendorId) || !HEX4.test(productId)) {
      throw new PrinterUriError(`"${uri}" is not usb:<vendor id>:<product id> (4 hex digits each)`);
    }
    return { kind: 'usb', vendorId: vendorId.toLowerCase(), productId: productId.toLowerCase() };
  }
  if (/^(\/dev\/|\\\\\.\\|[A-Z]:\\)/i.test(text) || /^(LPT|COM)\d+$/i.test(text)) return { kind: 'device', path: text };
  throw new PrinterUriError(`"${uri}" is not a printer address: use ${PRINTER_URI_FORMS}`);
}

export function isPrinterUri(uri: string): boolean {
  try {
    parsePrinterUri(uri);
    return true;
  } catch {
    return false;
  }
}
