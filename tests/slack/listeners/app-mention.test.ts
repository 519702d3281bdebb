import { stripMentions } from '../../../src/slack/listeners/app-mention';

describe('stripMentions', () => {
  it('removes the bot’s own mention wherever it is, with or without a name', () => {
    expect(stripMentions('<@U0BOT> grants or contracts?', 'U0BOT')).toBe('grants or contracts?');
    expect(stripMentions('hey <@U0BOT|thinkagain>, tip', 'U0BOT')).toBe('hey , tip');
  });

  it('keeps other people’s mentions (they are escaped when echoed)', () => {
    expect(stripMentions('<@U0BOT> ask <@U999>', 'U0BOT')).toBe('ask <@U999>');
  });

  it('removes a leading mention when the bot’s id is not known', () => {
    expect(stripMentions('<@UANY> help', undefined)).toBe('help');
  });
});
