import net from 'node:net';

export interface CountingProxy {
  url: string;
  /** Bytes the client sent and received, and TCP connections opened, since the last reset. */
  counts(): { sent: number; received: number; connections: number };
  reset(): void;
  close(): Promise<void>;
}

/**
 * A TCP relay on loopback in front of a server that counts every byte on the wire both ways
 * (HTTP headers included, TLS not involved): what a kiosk really costs its district server.
 */
export async function startCountingProxy(targetPort: number): Promise<CountingProxy> {
  let sent = 0;
  let received = 0;
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    connections += 1;
    const upstream = net.connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      received += chunk.length;
      client.write(chunk);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts: () => ({ sent, received, connections }),
    reset: () => {
      sent = received = connections = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
