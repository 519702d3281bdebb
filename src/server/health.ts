import type { ServerResponse } from 'node:http';
import { sendJson } from './http-server';

export type HealthProbe = () => Promise<Record<string, string>>;

/** `GET /healthz`: 200 with a small status when the store answers, 503 otherwise. */
export function healthHandler(probeStore: () => Promise<void>, describe: () => Record<string, string>) {
  return async (_req: unknown, res: ServerResponse) => {
    try {
      await probeStore();
      sendJson(res, 200, { status: 'ok', store: 'ok', ...describe() });
    } catch {
      sendJson(res, 503, { status: 'unavailable', store: 'down', ...describe() });
    }
  };
}
