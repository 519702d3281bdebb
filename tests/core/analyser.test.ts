import { Analyser, stem, tokenise } from '../../src/core/text/analyser';

const vocabulary = {
  synonyms: [
    ['tso', 'vcse', 'voluntary sector', 'charity', 'community group'],
    ['cvs', 'council for voluntary service'],
    ['council', 'local authority', 'la'],
  ],
  spellings: { organization: 'organisation', program: 'programme' },
  cues: {},
  subjectWords: [],
  sectorWords: [],
  elsewhereWords: [],
};

describe('Analyser: documents and questions become comparable terms', () => {
  const analyser = new Analyser(vocabulary);

  it('folds case, accents, punctuation and apostrophes', () => {
    expect(tokenise('Don’t  CAFÉ-style, co-op!')).toEqual(['dont', 'cafe', 'style', 'co', 'op']);
  });

  it('folds plurals so "charities" finds "charity"', () => {
    expect(stem('charities')).toBe('charity');
    expect(stem('volunteers')).toBe('volunteer');
    expect(stem('process')).toBe('process');
  });

  it('maps every synonym, including phrases, to one term', () => {
    expect(analyser.terms('VCSE')).toEqual(analyser.terms('charities'));
    expect(analyser.terms('the voluntary sector')).toEqual(analyser.terms('community groups'));
    expect(analyser.terms('our local authority')).toEqual(['council']);
  });

  it('prefers the longest phrase, so a CVS is not read as a council', () => {
    expect(analyser.terms('council for voluntary service')).toEqual(['cvs']);
  });

  it('reads US spellings as British ones', () => {
    expect(analyser.terms('organizations programs')).toEqual(analyser.terms('organisations programmes'));
  });

  it('drops words that carry no topic', () => {
    expect(analyser.terms('how do we do this?')).toEqual([]);
  });
});
