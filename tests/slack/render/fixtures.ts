import type { PassageView, PrincipleSummary } from '../../../src/core/replies';
import type { Principle, Source } from '../../../src/core/knowledge';

export const HOSTILE = '<!channel> <@U123> @here <!everyone> & <https://evil.example|click me>';
export const LONG = `${'Commissioning small charities well takes care. '.repeat(200)}${'x'.repeat(600)}`.slice(0, 10_000);

export const principles: PrincipleSummary[] = Array.from({ length: 10 }, (_, i) => ({
  number: i + 1,
  slug: (['values', 'independence', 'voice', 'size', 'commissioning', 'impact', 'partnership', 'volunteering', 'capacity', 'place'] as const)[i]!,
  title: `Principle title ${i + 1}`,
  thinkAgainAbout: `topic ${i + 1}`,
}));

export function passage(overrides: Partial<PassageView> = {}): PassageView {
  return {
    id: 'commissioning-grant-or-contract',
    topic: 'commissioning',
    title: 'Grant or contract?',
    body: 'Decide **on purpose**, and *record* why.',
    citation: { short: 'Chapman et al. (2018)', citation: 'Chapman, T. et al. (2018) How to work effectively…', basis: 'synthesis', url: 'https://example.org/paper.pdf' },
    principle: principles[4]!,
    score: 0.9,
    kind: 'advice',
    ...overrides,
  };
}

export const source: Source = { id: 'ilg-2018', short: 'Chapman et al. (2018)', citation: 'Chapman, T., Mawson, J., Robinson, F. and Wistow, J. (2018) How to work effectively with the third sector.' };

export function principle(overrides: Partial<Principle> = {}): Principle {
  return {
    number: 5,
    slug: 'commissioning',
    title: 'Choose the funding route on purpose',
    thinkAgainAbout: 'commissioning',
    summary: 'Contracting out is only one way.',
    do: ['Decide between a grant and a contract on purpose.'],
    dont: ['Reach for a contract by default.'],
    sourceIds: ['ilg-2018'],
    tips: [{ id: 'commissioning-tip-1', principle: 'commissioning', text: 'Write one line on why.' }],
    ...overrides,
  };
}
