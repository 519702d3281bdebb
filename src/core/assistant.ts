import type { Command } from './commands/command';
import { parseCommand } from './commands/parse-command';
import type { KnowledgeBase } from './knowledge';
import type { Reply } from './replies';
import type { SearchEngine } from './search/search-engine';
import { StoreUnavailableError, type ConversationAddress, type SubscriptionPort } from './subscriptions';
import { TipRotation } from './tips/tip-rotation';
import { KnowledgeViews } from './views';

export interface AssistantDeps {
  kb: KnowledgeBase;
  engine: SearchEngine;
  clock: () => Date;
  /** Absent where subscriptions are not available (the terminal). */
  subscriptions?: SubscriptionPort;
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

  async handle(text: string, where: ConversationAddress): Promise<Exchange> {
    const command = parseCommand(text);
    return { command, reply: await this.run(command, where) };
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
  choose(id: string): Reply {
    return this.passage(id) ?? { kind: 'passage-gone' };
  }

  /** A single passage by id, as an answer (for buttons that offer a further match). */
  passage(id: string): Reply | undefined {
    const passage = this.deps.kb.passages.find((p) => p.id === id);
    if (!passage) return undefined;
    return { kind: 'answer', query: passage.title, answer: this.views.passageView(passage, 1), more: [] };
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
