import { tokenise } from '../text/analyser';

/** Finds the sections (e.g. figures) whose cue phrases ("how many") appear in a question. */
export class CueMatcher {
  private readonly cues: Array<{ topic: string; phrase: string }>;
  private readonly cuedTopics: ReadonlySet<string>;

  constructor(cues: Partial<Record<string, string[]>>) {
    this.cues = Object.entries(cues).flatMap(([topic, phrases]) => (phrases ?? []).map((p) => ({ topic, phrase: ` ${tokenise(p).join(' ')} ` })));
    this.cuedTopics = new Set(this.cues.map((c) => c.topic));
  }

  hasCues(topic: string): boolean {
    return this.cuedTopics.has(topic);
  }

  topicsCuedBy(question: string): Set<string> {
    const text = ` ${tokenise(question).join(' ')} `;
    return new Set(this.cues.filter((c) => text.includes(c.phrase)).map((c) => c.topic));
  }
}
