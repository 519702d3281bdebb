import { parseCommand } from '../../src/core/commands/parse-command';

describe('parseCommand: one grammar for Slack, Teams and the terminal', () => {
  it.each([
    ['', { kind: 'help' }],
    ['   ', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['principles', { kind: 'principles' }],
    ['list', { kind: 'principles' }],
    ['principle 5', { kind: 'principle', ref: '5' }],
    ['principle commissioning', { kind: 'principle', ref: 'commissioning' }],
    ['tip', { kind: 'tip' }],
    ['about', { kind: 'about' }],
    ['unsubscribe', { kind: 'unsubscribe' }],
    ['status', { kind: 'status' }],
  ])('reads %j as a command', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it('treats command words later in a sentence as a question', () => {
    expect(parseCommand('how can volunteers help us')).toEqual({ kind: 'ask', query: 'how can volunteers help us' });
    expect(parseCommand('help with commissioning')).toEqual({ kind: 'ask', query: 'help with commissioning' });
    expect(parseCommand('about the grant process')).toEqual({ kind: 'ask', query: 'about the grant process' });
  });

  it('drops the bot name and slash command a user types out of habit', () => {
    expect(parseCommand('@ThinkAgain commissioning')).toEqual({ kind: 'ask', query: 'commissioning' });
    expect(parseCommand('/thinkagain principles')).toEqual({ kind: 'principles' });
    expect(parseCommand('thinkagain, help')).toEqual({ kind: 'help' });
  });

  it('subscribe takes day, time and zone in any order, with defaults', () => {
    expect(parseCommand('subscribe')).toEqual({ kind: 'subscribe', schedule: { day: 'monday', time: '09:00', timeZone: 'Europe/London' } });
    expect(parseCommand('subscribe tue 14:30 america/new_york')).toEqual({
      kind: 'subscribe',
      schedule: { day: 'tuesday', time: '14:30', timeZone: 'America/New_York' },
    });
    expect(parseCommand('subscribe 8am Fridays')).toEqual({ kind: 'subscribe', schedule: { day: 'friday', time: '08:00', timeZone: 'Europe/London' } });
  });

  it.each([
    ['subscribe 25:00', /not a time of day/],
    ['subscribe Mars/Olympus', /not a time zone/],
    ['subscribe someday', /could not read "someday"/],
  ])('explains what is wrong with %j and shows an example that works', (text, problem) => {
    const command = parseCommand(text);
    expect(command.kind).toBe('subscribe-invalid');
    if (command.kind !== 'subscribe-invalid') return;
    expect(command.problem).toMatch(problem);
    expect(command.problem).toContain('subscribe tuesday 14:30 Europe/London');
  });

  it('cuts huge text and removes control characters before anything reads it', () => {
    const command = parseCommand(`commissioning\u0000\u0007 ${'x'.repeat(20_000)}`);
    expect(command.kind).toBe('ask');
    if (command.kind !== 'ask') return;
    expect(command.query.length).toBeLessThanOrEqual(2000);
    // eslint-disable-next-line no-control-regex -- asserting no control characters survive
    expect(command.query).not.toMatch(/[\u0000-\u001f]/);
  });
});
