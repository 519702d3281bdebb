import type { Command } from './commands/command';
import type { RecordedPlatform, Surface } from './insights/interaction';
import type { InsightsRecorder } from './insights/recorder';
import { parseCommand } from './commands/parse-command';
import type { KnowledgeBase } from './knowledge';
import type { Reply } from './replies';
import type { ReplyRef } from './reply-ref';
import type { SearchEngine } from './search/search-engine';
import { StoreUnavailableError, type SubscriptionPort } from './ports';
import type { ConversationAddress } from './conversation';
import { TipRotation } from './tips/tip-rotation';
import { KnowledgeViews } from './views';

export interface AssistantDeps {
  kb: KnowledgeBase;
  engine: SearchEngine;
  clock: () => Date;
  /** Absent where subscriptions are not available (the terminal). */
  subscriptions?: SubscriptionPort;
  /** Records Slack and Teams interactions for the insights report; absent when INSIGHTS=off and in the terminal. */
  insights?: InsightsRecorder;
}

/** Where a button press came from, so it can be recorded against the question it followed. */
export interface ButtonOrigin {
  platform: RecordedPlatform;
  /** The question's reference the button carried, if any. */
  ref?: string;
}

export interface Exchange {
  command: Command;
  reply: Reply;
}

/** The whole bot, platform-free: text in, reply out. Every adapter calls this and only renders. */
export class Assistant {
  readonly views: KnowledgeViews;
  readonly tips: TipRotation;

  constructor(private readonly deps: AssistantDeps) {
    this.views = new KnowledgeViews(deps.kb);
    this.tips = new TipRotation(deps.kb.principles);
  }

  /** `surface` says how a Slack or Teams user reached the bot; with it, the interaction is recorded (never for the terminal). */
  async handle(text: string, where: ConversationAddress, surface?: Surface): Promise<Exchange> {
    const command = parseCommand(text);
    const reply = await this.run(command, where);
    const recorder = this.deps.insights;
    if (!recorder || !surface || where.platform === 'cli') return { command, reply };
    if (command.kind === 'ask' && (reply.kind === 'answer' || reply.kind === 'clarify' || reply.kind === 'no-match')) {
      return { command, reply: { ...reply, ref: recorder.question(where.platform, surface, command.query, reply) } };
    }
    recorder.command(where.platform, surface, command.kind);
    return { command, reply };
  }

  /** Records 👍 or 👎 on a passage as an interaction (the feedback port keeps its own count). */
  noteFeedback(passageId: string, helpful: boolean, origin: ButtonOrigin): void {
    this.deps.insights?.feedback(origin.platform, passageId, helpful, origin.ref);
  }

  /** Answers a question; also used for "show me that passage" buttons. */
  ask(query: string): Reply {
    const result = this.deps.engine.search(query);
    const [best, ...rest] = result.hits.map((hit) => this.views.passageView(hit.passage, hit.score));
    if (result.outcome === 'answer' && best) return { kind: 'answer', query: result.query, answer: best, more: rest.slice(0, 2) };
    if (result.outcome === 'clarify' && best) return { kind: 'clarify', query: result.query, choices: [best, ...rest].slice(0, 3) };
    return { kind: 'no-match', query: result.query, principles: this.views.principleList() };
  }

  /** The passage a person picked from a clarify's choices, or a polite note when it has since been removed. */
  choose(id: string, origin?: ButtonOrigin): Reply {
    const reply = this.passage(id);
    if (!reply) return { kind: 'passage-gone' };
    if (!origin || !this.deps.insights) return reply;
    this.deps.insights.choice(origin.platform, id, origin.ref);
    return origin.ref && reply.kind === 'answer' ? { ...reply, ref: origin.ref } : reply;
  }

  /** A single passage by id, as an answer (for buttons that offer a further match). */
  passage(id: string): Reply | undefined {
    const passage = this.deps.kb.passages.find((p) => p.id === id);
    if (!passage) return undefined;
    return { kind: 'answer', query: passage.title, answer: this.views.passageView(passage, 1), more: [] };
  }

  /** The reply a button's reference points at, rebuilt from the knowledge base; undefined when it no longer exists. */
  reference(ref: ReplyRef): Reply | undefined {
    if (ref.kind === 'passage') return this.passage(ref.id);
    if (ref.kind === 'principle') {
      const principle = this.views.findPrinciple(ref.slug);
      return principle ? { kind: 'principle', principle, sources: this.views.sourcesOf(principle) } : undefined;
    }
    for (const principle of this.deps.kb.principles) {
      const tip = principle.tips.find((t) => t.id === ref.id);
      if (tip) return { kind: 'tip', tip, principle: this.views.principleSummary(principle.slug)! };
    }
    return undefined;
  }

  /** The weekly tip message for a subscription's `n`th tip, in the rotation order (principles 1 to 10, then the next tip of each). */
  weeklyTip(n: number): Reply {
    const tip = this.tips.tipAt(n);
    const principle = this.views.principleSummary(tip.principle);
    if (!principle) throw new Error(`tip ${tip.id} names principle "${tip.principle}", which the knowledge base does not have`);
    return { kind: 'tip', tip, principle, weekly: true };
  }

  private async run(command: Command, where: ConversationAddress): Promise<Reply> {
    switch (command.kind) {
      case 'help':
        return { kind: 'help' };
      case 'principles':
        return { kind: 'principles', principles: this.views.principleList() };
      case 'principle': {
        const principle = this.views.findPrinciple(command.ref);
        if (!principle) return { kind: 'unknown-principle', ref: command.ref, principles: this.views.principleList() };
        return { kind: 'principle', principle, sources: this.views.sourcesOf(principle) };
      }
      case 'tip': {
        const tip = this.tips.tipOfTheDay(this.deps.clock());
        return { kind: 'tip', tip, principle: this.views.principleSummary(tip.principle)! };
      }
      case 'about':
        return {
          kind: 'about',
          paper: this.views.source(this.paperSourceId()),
          principleCount: this.deps.kb.principles.length,
          passageCount: this.deps.kb.passages.length,
        };
      case 'ask':
        return this.ask(command.query);
      case 'subscribe-invalid':
        return { kind: 'invalid-schedule', problem: command.problem };
      case 'subscribe':
      case 'unsubscribe':
      case 'status':
        return this.runSubscription(command, where);
    }
  }

  private async runSubscription(command: Extract<Command, { kind: 'subscribe' | 'unsubscribe' | 'status' }>, where: ConversationAddress): Promise<Reply> {
    const port = this.deps.subscriptions;
    if (!port || where.platform === 'cli') return { kind: 'subscriptions-unavailable', reason: 'not-on-this-platform' };
    try {
      if (command.kind === 'subscribe') {
        const { subscription, changed } = await port.subscribe(where, command.schedule);
        return { kind: 'subscribed', subscription, changed };
      }
      if (command.kind === 'unsubscribe') return { kind: 'unsubscribed', wasSubscribed: await port.unsubscribe(where) };
      return { kind: 'status', subscription: await port.status(where) };
    } catch (error) {
      // Whatever the store throws, the person gets a reply; the kind of failure only chooses the words.
      return { kind: 'subscriptions-unavailable', reason: error instanceof StoreUnavailableError ? 'store-down' : 'store-error' };
    }
  }

  /** The source most `about` passages cite is the paper itself. */
  private paperSourceId(): string {
    const counts = new Map<string, number>();
    for (const p of this.deps.kb.passages) if (p.topic === 'about') counts.set(p.sourceId, (counts.get(p.sourceId) ?? 0) + 1);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    return top?.[0] ?? this.deps.kb.sources[0]!.id;
  }
}
