import { request } from 'node:http';
import { healthHandler } from '../../src/server/health';
import { sendJson, startHttpServer, type RunningServer } from '../../src/server/http-server';
import { silentLogger } from '../../src/logging/logger';

function get(port: number, path: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the HTTP server', () => {
  let server: RunningServer;
  let storeUp = true;
  /** The /slow request has reached its handler; it answers when `finishSlow` is called. */
  let slowStarted: Promise<void>;
  let finishSlow: () => void;

  beforeEach(async () => {
    storeUp = true;
    let markStarted!: () => void;
    slowStarted = new Promise<void>((r) => (markStarted = r));
    const release = new Promise<void>((r) => (finishSlow = r));
    server = await startHttpServer(
      [
        { method: 'GET', path: '/healthz', handler: healthHandler(async () => (storeUp ? undefined : Promise.reject(new Error('down'))), () => ({ slack: 'off' })) },
        {
          method: 'GET',
          path: '/slow',
          handler: async (_req, res) => {
            markStarted();
            await release;
            sendJson(res, 200, { finished: true });
          },
        },
        { method: 'GET', path: '/boom', handler: () => Promise.reject(new Error('secret detail')) },
      ],
      0,
      silentLogger,
      '127.0.0.1',
    );
  });
  afterEach(() => {
    finishSlow();
    return server.close(100);
  });

  it('answers /healthz 200 while the store answers, and 503 when it does not', async () => {
    expect(await get(server.port, '/healthz')).toEqual({ status: 200, body: JSON.stringify({ status: 'ok', store: 'ok', slack: 'off' }) });
    storeUp = false;
    const down = await get(server.port, '/healthz');
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body)).toMatchObject({ status: 'unavailable', store: 'down' });
  });

  it('gives 404 for unknown paths and 405 for the wrong method, as JSON', async () => {
    expect(await get(server.port, '/nope')).toEqual({ status: 404, body: '{"error":"not found"}' });
    expect((await get(server.port, '/healthz', 'POST')).status).toBe(405);
  });

  it('turns a handler failure into a 500 without the error text', async () => {
    const res = await get(server.port, '/boom');
    expect(res.status).toBe(500);
    expect(res.body).not.toContain('secret detail');
  });

  it('on shutdown stops accepting but lets a request in flight finish', async () => {
    const inFlight = get(server.port, '/slow');
    await slowStarted;
    const closed = server.close(5_000);
    await expect(get(server.port, '/healthz')).rejects.toThrow();
    finishSlow();
    expect(await inFlight).toEqual({ status: 200, body: '{"finished":true}' });
    await closed;
  });
});
