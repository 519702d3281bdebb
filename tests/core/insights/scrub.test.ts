import { scrubQuestion } from '../../../src/core/insights/scrub';

describe('scrubQuestion removes what could identify a person before a question is stored', () => {
  test.each([
    ['email me at jo.bloggs@example.org please', 'email me at [email] please'],
    ['J.O.Smith+council@sub.example.gov.uk asked', '[email] asked'],
    ['ring 07700 900123 today', 'ring [phone] today'],
    ['ring 07700900123', 'ring [phone]'],
    ['call +44 7700 900123', 'call [phone]'],
    ['call +44 (0)20 7946 0958 now', 'call [phone] now'],
    ['office (0191) 498 0000', 'office [phone]'],
    ['020-7946-0958 is the desk', '[phone] is the desk'],
    ['0113 496 0000 ext 2', '[phone] ext 2'],
    ['we are at SW1A 1AA', 'we are at [postcode]'],
    ['postcode m1 1ae, Manchester', 'postcode [postcode], Manchester'],
    ['near NE14AB', 'near [postcode]'],
    ['NHS number 943 476 5919', 'NHS number [number]'],
    ['case ref 12345678', 'case ref [number]'],
    ['ask <@U0123ABC> or <#C0456|commissioning>', 'ask [someone] or [someone]'],
    ['<at>Alice Example</at> said so', '[someone] said so'],
  ])('%s', (input, expected) => {
    expect(scrubQuestion(input)).toBe(expected);
  });

  test('keeps what an editor needs: years, sums, small numbers and ordinary words', () => {
    const question = 'Between 2018 and 2022, did councils cut £5,000 grants to 120 groups by 10%?';
    expect(scrubQuestion(question)).toBe(question);
  });

  test('is one line, trimmed, and cut to a length an editor can read', () => {
    expect(scrubQuestion('  two\n\nlines  ')).toBe('two lines');
    expect(scrubQuestion('x'.repeat(1000))).toHaveLength(300);
  });
});
