import { createRuntime, type Runtime } from '../app/runtime';
import type { Config } from '../config/config';
import { StoreUnavailableError } from '../core/ports';
import { createLogger } from '../logging/logger';
import { DEFAULT_TUNING, skipReason } from '../scheduler/tuning';
import { cannotReachDatabase } from '../store/describe-unavailable';
import { openStore } from '../store/open-store';

/** How `tips run-due` ended, as its exit code. */
export const RUN_DUE_EXIT = {
  /** Everything due was handled: sent, ended by the platform, skipped as too late, or claimed by another process. */
  done: 0,
  /** The database could not be reached (at start or during the run). */
  databaseDown: 1,
  /** The command line was wrong. */
  usage: 2,
  /** Something is left: tips waiting for a retry, tips that failed, or the run was stopped by a signal. */
  left: 3,
} as const;

/**
 * `tips run-due [--at <ISO instant>]`: sends every weekly tip due at that instant (default now), once,
 * then exits; for operators who run it from cron instead of the scheduler inside `npm start`. Safe to
 * run beside `npm start` and to run twice: each week is claimed in the database before it is sent.
 * It returns only once every claim it took is sent, scheduled for retry or released; `signal` (SIGTERM,
 * SIGINT) stops it claiming more, and what it holds is settled before it returns.
 */
export async function runTipsDue(config: Config, args: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr, signal?: AbortSignal): Promise<number> {
  const at = parseAt(args);
  if (typeof at === 'string') {
    err.write(`${at}\nUsage: thinkagain tips run-due [--at 2026-03-30T08:00:00Z]\n`);
    return RUN_DUE_EXIT.usage;
  }
  const logger = createLogger(config.logLevel, err);
  let store;
  try {
    store = await openStore(config.database);
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    err.write(`${cannotReachDatabase(config.database, error.message)}\n`);
    return RUN_DUE_EXIT.databaseDown;
  }
  let runtime: Runtime | undefined;
  try {
    // The adapters are built only for their senders: nothing is started, no port is opened.
    runtime = createRuntime(config, store, logger);
    const { adapters } = runtime;
    if (adapters.length === 0) err.write('No chat platform is configured, so there is nothing to send tips to.\n');
    // With SCHEDULER=off this command is the tick, so it also deletes interactions past their retention.
    await runtime.retention.prune();
    const started = Date.now();
    const summary = await runtime.tips.runDue(at, signal ? { signal } : {});
    const interrupted = signal?.aborted === true;
    out.write(
      `Weekly tips due at ${at.toISOString()} (${store.describe()}; ${adapters.map((a) => a.name).join(', ') || 'no platforms'}):\n` +
        `  due ${summary.due}, sent ${summary.sent}, retrying later ${summary.retrying}, ended ${summary.ended}, ` +
        `skipped (${skipReason(DEFAULT_TUNING.lateLimitMs)}) ${summary.skipped}, already claimed ${summary.alreadyClaimed}, recovered ${summary.recovered}, failed ${summary.failed}\n` +
        `  took ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    const left = summary.retrying + summary.failed;
    if (left === 0 && !interrupted) return RUN_DUE_EXIT.done;
    err.write(
      `${interrupted ? 'Stopped by a signal before everything due was claimed; the next run sends the rest. ' : ''}` +
        `${left > 0 ? `${left} tip${left === 1 ? ' is' : 's are'} left for a later run (retrying later ${summary.retrying}, failed ${summary.failed}).` : ''}\n`,
    );
    return RUN_DUE_EXIT.left;
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    err.write(`The database stopped answering during the run; nothing already claimed is lost, and the next run picks up where this one stopped.\n  ${error.message}\n`);
    return RUN_DUE_EXIT.databaseDown;
  } finally {
    await runtime?.insights?.settled();
    await store.close().catch(() => undefined);
  }
}

function parseAt(args: string[]): Date | string {
  if (args.length === 0) return new Date();
  const [flag = '', value] = args;
  const inline = flag.startsWith('--at=');
  const text = inline ? flag.slice(5) : flag === '--at' ? value : undefined;
  if (!text || args.length > (inline ? 1 : 2)) return `Unexpected "${args.join(' ')}".`;
  const at = new Date(text);
  if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(text)) return `"${text}" is not an ISO instant such as 2026-03-30T08:00:00Z.`;
  return at;
}
