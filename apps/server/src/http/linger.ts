import type { Server } from 'node:http';

/**
 * Lingering close with a cap, as nginx does: when the server has answered before reading the whole body
 * (a 401, a 413), it keeps reading and discarding what the client still sends, so the client receives
 * the answer instead of a reset connection, but only up to `maxBytes` or `maxMs`, after which the
 * connection is cut. Discarding costs no memory.
 */
export function capLingeringBodies(server: Server, { maxBytes = 16 * 1024 * 1024, maxMs = 5_000 } = {}): void {
  server.on('request', (req, res) => {
    res.once('finish', () => {
      if (req.complete || req.destroyed) return;
      let seen = 0;
      const cut = () => req.socket.destroy();
      const timer = setTimeout(cut, maxMs);
      timer.unref();
      req.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (seen > maxBytes) cut();
      });
      req.once('close', () => clearTimeout(timer));
      req.resume();
    });
  });
}
