/**
 * `npm run bench:tips [-- --subscriptions 10000 --concurrency 20 --postgres <url>]`
 *
 * 10,000 subscriptions due at the same minute, half in Slack (500 workspaces × 10 channels), half in
 * Teams (100 tenants × 50 channels), delivered through stand-in senders that answer in 50–150 ms.
 * Prints the time to deliver all, messages a second, duplicates and losses (both must be 0) for SQLite
 * with one scheduler and PostgreSQL with one and three. Real platforms bound this, not our code: Slack
 * allows about one message a second per channel (and several hundred a minute per workspace), Teams a
 * few per second per conversation and tens per second per tenant.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DeliveryResult, PlatformSender } from '../src/core/delivery';
import type { ConversationAddress } from '../src/core/conversation';
import type { Store } from '../src/store/store';
import { silentLogger } from '../src/logging/logger';
import { TipScheduler } from '../src/scheduler/tip-scheduler';
import { postgresStore, sqliteStore } from '../src/store/open-store';
import { buildAssistant } from '../src/app/build-assistant';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const COUNT = Number(args.get('subscriptions') ?? 10_000);
const CONCURRENCY = Number(args.get('concurrency') ?? 20);
/** `--pacing off` measures our code alone; by default the scheduler paces per channel and per workspace as in production. */
const PACING = args.get('pacing') !== 'off';
const PG_URL = args.get('postgres') ?? process.env.TEST_DATABASE_URL ?? (process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined);
const SUBSCRIBED_AT = new Date('2026-03-23T12:00:00Z');
const DUE = new Date('2026-03-30T08:00:00Z'); // Monday 09:00 BST

/** A stand-in for Slack's chat.postMessage or Teams' continueConversation: 50–150 ms, always accepts. */
class StandIn implements PlatformSender {
  readonly counts = new Map<string, number>();
  async deliver(address: ConversationAddress): Promise<DeliveryResult> {
    await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    const key = `${address.platform}:${address.conversationId}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    return { status: 'sent' };
  }
}

function address(i: number): ConversationAddress {
  return i % 2 === 0
    ? { platform: 'slack', conversationId: `C${i}`, workspaceId: `T${i % 500}` }
    : { platform: 'teams', conversationId: `19:${i}@thread.tacv2`, workspaceId: `tenant-${i % 100}` };
}

async function fill(store: Store): Promise<void> {
  await store.migrate();
  for (let i = 0; i < COUNT; i += 500) {
    await Promise.all(Array.from({ length: Math.min(500, COUNT - i) }, (_, j) => store.subscriptions.subscribe(address(i + j), { day: 'monday', time: '09:00', timeZone: 'Europe/London' })));
  }
}

async function run(label: string, open: () => Store, schedulers: number): Promise<void> {
  const seed = open();
  await fill(seed);
  const slack = new StandIn();
  const teams = new StandIn();
  const tipReply = (n: number) => assistant.weeklyTip(n);
  const stores = schedulers === 1 ? [seed] : Array.from({ length: schedulers }, open);
  const runners = stores.map((s) => new TipScheduler({ ledger: s.deliveries, senders: { slack, teams }, tipReply, logger: silentLogger }, { concurrency: CONCURRENCY, ...(PACING ? {} : { perConversationMs: 0, perWorkspaceMs: {} }) }));
  const started = Date.now();
  const summaries = await Promise.all(runners.map((r) => r.runDue(new Date(DUE.getTime() + 30_000))));
  const seconds = (Date.now() - started) / 1000;
  const counts = [...slack.counts.values(), ...teams.counts.values()];
  const delivered = counts.length;
  const duplicates = counts.filter((c) => c > 1).length;
  const lost = COUNT - delivered;
  const sentReported = summaries.reduce((n, s) => n + s.sent, 0);
  if (args.has("verbose")) console.log(summaries);
  const again = await Promise.all(runners.map((r) => r.runDue(new Date(DUE.getTime() + 30_000))));
  const resent = again.reduce((n, s) => n + s.sent, 0);
  console.log(
    `${label.padEnd(26)} ${String(COUNT).padStart(6)} due  ${seconds.toFixed(1).padStart(6)} s  ${(delivered / seconds).toFixed(0).padStart(5)} msg/s  duplicates ${duplicates}  lost ${lost}  (reported sent ${sentReported}; second run sent ${resent})`,
  );
  if (duplicates || lost || resent) process.exitCode = 1;
  for (const s of new Set([seed, ...stores])) await s.close();
}

const { assistant } = buildAssistant(args.get('content') ?? 'content');

async function main(): Promise<void> {
  console.log(`Weekly tips benchmark: ${COUNT} subscriptions due at one minute, concurrency ${CONCURRENCY} per scheduler, pacing ${PACING ? 'on (as in production)' : 'off'}, stand-ins answering in 50–150 ms.`);
  const clock = () => SUBSCRIBED_AT;
  const dir = mkdtempSync(join(tmpdir(), 'thinkagain-bench-'));
  try {
    await run('SQLite, 1 scheduler', () => sqliteStore(join(dir, 'bench.db'), { clock }), 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!PG_URL) {
    console.log('PostgreSQL: skipped (pass --postgres <url>, or set TEST_DATABASE_URL).');
    return;
  }
  for (const n of [1, 3]) {
    const schema = `bench_${Date.now().toString(36)}`;
    const admin = new Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      await run(`PostgreSQL, ${n} scheduler${n > 1 ? 's' : ''}`, () => postgresStore(PG_URL, { clock, schema }), n);
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }
  const best = Math.round(1000 / 100) * CONCURRENCY;
  console.log(
    `\nCeiling per scheduler ≈ concurrency / latency = ${CONCURRENCY} / 0.1 s ≈ ${best} msg/s. The real bound is the platforms: Slack allows ~1 message/s per channel ` +
      `(different channels in parallel) and several hundred a minute per workspace; Teams a few per second per conversation.`,
  );
}

void main();
