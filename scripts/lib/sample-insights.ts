/**
 * A made-up but realistic eight weeks of recorded interactions, for the README screenshot and the HTML
 * report test: questions from the evaluation set run through the real engine, a few that staff
 * phrase their own way (clarified, then a passage picked), off-topic questions, and 👍 / 👎.
 * Seeded, so it is the same every run.
 */
import evalQuestions from '../../tests/fixtures/eval-questions.json';
import type { BuiltAssistant } from '../../src/app/build-assistant';
import type { InteractionRecord, RecordedPlatform, Surface } from '../../src/core/insights/interaction';
import { scrubQuestion } from '../../src/core/insights/scrub';

const DAY_MS = 86_400_000;

const OWN_WORDS: ReadonlyArray<string> = [
  'how do we prove the befriending scheme works',
  'can we fund the lunch club without a tender',
  'the food bank wants a three year deal, is that normal',
  'what do we do when a group cannot fill in our monitoring form',
  'how do I get small charities on the steering group',
];

const OFF_TOPIC: ReadonlyArray<string> = [
  'how do I book a meeting room',
  'book a meeting room for Tuesday',
  'meeting room booking',
  'reset my password',
  'password reset for the grants portal',
  'parking permit',
  'how do I claim mileage',
  'claim mileage for site visits',
  'what time does the canteen close',
];

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

export function sampleInteractions(built: BuiltAssistant, until: Date, weeks = 8): InteractionRecord[] {
  const next = random(20260302);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const onTopic = (evalQuestions as { questions: Array<{ q: string }> }).questions.map((x) => x.q);
  const rows: InteractionRecord[] = [];
  let ref = 0;
  const start = until.getTime() - weeks * 7 * DAY_MS;
  for (let week = 0; week < weeks; week += 1) {
    const count = 14 + week * 4 + Math.floor(next() * 6);
    for (let i = 0; i < count; i += 1) {
      const at = new Date(start + week * 7 * DAY_MS + Math.floor(next() * 5) * DAY_MS + 9 * 3_600_000 + Math.floor(next() * 8 * 3_600_000));
      const platform: RecordedPlatform = next() < 0.55 ? 'teams' : 'slack';
      const surface: Surface = pick(platform === 'slack' ? (['slash-command', 'mention', 'direct-message'] as const) : (['mention', 'direct-message'] as const));
      const roll = next();
      // Fewer unanswered questions in later weeks, as editors add what was missing.
      const question = roll < 0.16 - week * 0.012 ? pick(OFF_TOPIC) : roll < 0.26 - week * 0.015 ? pick(OWN_WORDS) : pick(onTopic);
      const own = OWN_WORDS.includes(question);
      const result = built.engine.search(question);
      const r = `s${(ref += 1)}`;
      const outcome = own ? 'clarify' : result.outcome;
      const ids = result.hits.map((h) => h.passage.id);
      const kept = outcome === 'answer' ? {} : { question: scrubQuestion(question) };
      rows.push({ at, platform, surface, kind: 'question', outcome, passageIds: ids, ref: r, ...kept });
      if (own && ids.length && next() < 0.8) rows.push({ at: new Date(at.getTime() + 40_000), platform, surface: 'button', kind: 'choice', passageIds: [ids[Math.min(ids.length - 1, Math.floor(next() * 2))]!], ref: r });
      if (outcome === 'answer' && ids.length && next() < 0.3) {
        const helpful = next() < 0.75;
        rows.push({ at: new Date(at.getTime() + 60_000), platform, surface: 'button', kind: 'feedback', passageIds: [ids[0]!], helpful, ref: r, ...(helpful ? {} : { question: scrubQuestion(question) }) });
      }
    }
  }
  return rows.sort((a, b) => a.at.getTime() - b.at.getTime());
}
