import { Writable } from 'node:stream';
import { EXIT_CLEAN, EXIT_FAILED, shutDown, type ShutdownStep } from '../../src/app/shutdown';
import { createLogger } from '../../src/logging/logger';

/** A real logger writing JSON lines into an array. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

describe('shutDown', () => {
  it('stops every part in the order given and exits 0 when all stop cleanly', async () => {
    const order: string[] = [];
    const step = (name: string): ShutdownStep => ({ name, run: async () => void order.push(name) });
    const { logger } = capturingLogger();
    const code = await shutDown([step('server'), step('scheduler'), step('database')], logger);
    expect(code).toBe(EXIT_CLEAN);
    expect(order).toEqual(['server', 'scheduler', 'database']);
  });

  it('still closes the database when a part before it fails, names the part, and exits 1', async () => {
    const order: string[] = [];
    const { logger, lines } = capturingLogger();
    const code = await shutDown(
      [
        { name: 'the slack adapter', run: () => Promise.reject(new Error('socket would not close')) },
        { name: 'the database', run: async () => void order.push('database') },
      ],
      logger,
    );
    expect(code).toBe(EXIT_FAILED);
    expect(order).toEqual(['database']);
    expect(lines).toContainEqual(expect.objectContaining({ step: 'the slack adapter', msg: 'stopping the slack adapter failed' }));
  });

  it('gives up with exit code 1 when a part never finishes stopping', async () => {
    const { logger, lines } = capturingLogger();
    const never = new Promise<void>(() => undefined);
    const code = await shutDown([{ name: 'a hung send', run: () => never }], logger, 20);
    expect(code).toBe(EXIT_FAILED);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'shutdown did not finish in time; exiting anyway' }));
  });
});
