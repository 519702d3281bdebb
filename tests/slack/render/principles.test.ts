import { renderPrinciple, renderPrinciples, renderUnknownPrinciple } from '../../../src/slack/render/principles';
import { MENTION_OPTIONS, SLASH_COMMAND_OPTIONS } from '../../../src/slack/render/options';
import { HOSTILE, LONG, principle, principles, source } from './fixtures';
import { expectNoMentions, expectWithinSlackLimits } from './limits';

describe('principle renderings', () => {
  it('lists the ten principles with a header and how to read one', () => {
    const message = renderPrinciples({ kind: 'principles', principles }, SLASH_COMMAND_OPTIONS);
    const json = expectWithinSlackLimits(message);
    expect(json).toContain('"type":"header"');
    for (let n = 1; n <= 10; n += 1) expect(json).toContain(`*${n}.* Principle title ${n}`);
    expect(json).toContain('/thinkagain principle 5');
    expect(message.text).toContain('1. Principle title 1');
  });

  it('shows one principle in full with do, don’t and sources, and a share button when ephemeral', () => {
    const json = expectWithinSlackLimits(renderPrinciple({ kind: 'principle', principle: principle(), sources: [source] }, SLASH_COMMAND_OPTIONS));
    expect(json).toContain('5. Choose the funding route on purpose');
    expect(json).toContain('*Do*');
    expect(json).toContain('*Don’t*');
    expect(json).toContain('Chapman et al. (2018)');
    expect(json).toContain('"value":"principle:commissioning"');
    expect(JSON.stringify(renderPrinciple({ kind: 'principle', principle: principle(), sources: [source] }, MENTION_OPTIONS))).not.toContain('share_reply');
  });

  it('keeps a huge principle within limits and the header within 150 characters', () => {
    const big = principle({ title: LONG, summary: LONG, do: [LONG, LONG], dont: [LONG] });
    expectWithinSlackLimits(renderPrinciple({ kind: 'principle', principle: big, sources: [source] }, SLASH_COMMAND_OPTIONS));
  });

  it('escapes an unknown reference typed by the user', () => {
    const message = renderUnknownPrinciple({ kind: 'unknown-principle', ref: `${HOSTILE}${LONG}`, principles });
    expectNoMentions(expectWithinSlackLimits(message));
    expect(JSON.stringify(message)).toContain('&lt;@U123&gt;');
  });
});
