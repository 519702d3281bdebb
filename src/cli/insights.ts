import { writeFileSync } from 'node:fs';
import type { Config } from '../config/config';
import { CONTENT_LIMITS } from '../content/limits';
import { loadContent } from '../content/load-content';
import { buildReport } from '../core/insights/build-report';
import { StoreUnavailableError } from '../core/ports';
import type { Store } from '../store/store';
import { passageFiles } from '../insights/passage-files';
import { renderInsightsHtml } from '../insights/render-html';
import { renderInsightsText } from '../insights/render-text';
import { cannotReachDatabase } from '../store/describe-unavailable';
import { openStore } from '../store/open-store';

export const INSIGHTS_USAGE = 'Usage: thinkagain insights [--since 2026-01-01] [--json | --html report.html]\n       thinkagain insights --delete-all';

const DAY_MS = 86_400_000;

type Output = { kind: 'text' } | { kind: 'json' } | { kind: 'html'; file: string } | { kind: 'delete-all' };

interface Parsed {
  since?: Date;
  output: Output;
}

/** Reads the arguments; a string is the problem to tell the user. */
export function parseInsightsArgs(args: readonly string[], now: Date): Parsed | string {
  let since: Date | undefined;
  let output: Output = { kind: 'text' };
  const setOutput = (next: Output): string | undefined => {
    if (output.kind !== 'text') return `Choose one of --json, --html and --delete-all.`;
    output = next;
    return undefined;
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    let problem: string | undefined;
    if (flag === '--since') {
      const text = value();
      if (!text) return '--since needs a date or an ISO instant, such as 2026-01-01 or 2026-01-01T09:00:00Z.';
      const at = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text) ? new Date(text) : new Date(Number.NaN);
      if (Number.isNaN(at.getTime())) return `"${text.slice(0, 40)}" is not a date or ISO instant; write it like 2026-01-01 or 2026-01-01T09:00:00Z.`;
      if (at.getTime() > now.getTime()) return `--since ${text} is in the future; nothing can have been asked after it yet.`;
      since = at;
    } else if (flag === '--json') problem = setOutput({ kind: 'json' });
    else if (flag === '--html') {
      const file = value();
      if (!file || file.startsWith('--')) return '--html needs the file to write, such as --html insights.html.';
      problem = setOutput({ kind: 'html', file });
    } else if (flag === '--delete-all') problem = setOutput({ kind: 'delete-all' });
    else return `Unexpected "${arg.slice(0, 40)}".`;
    if (problem) return problem;
  }
  return since ? { since, output } : { output };
}

export interface InsightsIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  now?: () => Date;
  /** Gives a store that is already open, and stays open (tests pass one on their own database); default: the configured one, opened and closed here. */
  open?: () => Promise<Store>;
}

/** `insights`: what staff asked, from the database, as a summary, JSON or an HTML report; or `--delete-all`. */
export async function runInsights(config: Config, args: readonly string[], io: InsightsIo = { out: process.stdout, err: process.stderr }): Promise<number> {
  const now = io.now?.() ?? new Date();
  const parsed = parseInsightsArgs(args, now);
  if (typeof parsed === 'string') {
    io.err.write(`${parsed}\n${INSIGHTS_USAGE}\n`);
    return 2;
  }
  const kb = parsed.output.kind === 'delete-all' ? undefined : loadContent(config.contentDir);
  let store: Store;
  try {
    store = await (io.open ?? (() => openStore(config.database)))();
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    io.err.write(`${cannotReachDatabase(config.database, error.message)}\n`);
    return 1;
  }
  try {
    if (parsed.output.kind === 'delete-all') {
      const deleted = await store.insights.deleteAll();
      io.out.write(`Deleted ${deleted} recorded interaction${deleted === 1 ? '' : 's'} (${store.describe()}).\n`);
      return 0;
    }
    const since = parsed.since ?? new Date(now.getTime() - config.insights.retentionDays * DAY_MS);
    const records = await store.insights.list(since, now);
    const files = passageFiles(config.contentDir);
    const report = buildReport(records, kb!, { since, until: now, fileOf: (id) => files.get(id), maxAskedAsChars: CONTENT_LIMITS.titleChars * 2 });
    if (parsed.output.kind === 'json') io.out.write(`${JSON.stringify(report)}\n`);
    else if (parsed.output.kind === 'html') {
      writeFileSync(parsed.output.file, renderInsightsHtml(report, config.contentDir));
      io.out.write(`Wrote the insights report (${report.questions.total} questions) to ${parsed.output.file}\n`);
    } else io.out.write(renderInsightsText(report, config.contentDir));
    if (!config.insights.enabled && parsed.output.kind === 'text') io.err.write('Note: INSIGHTS=off is set, so a bot started with this configuration records nothing new.\n');
    return 0;
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    io.err.write(`The database stopped answering: ${error.message}\n`);
    return 1;
  } finally {
    if (!io.open) await store.close().catch(() => undefined);
  }
}
