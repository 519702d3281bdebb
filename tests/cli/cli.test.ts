import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadContent } from '../../src/content/load-content';
import { SearchEngine } from '../../src/core/search/search-engine';
import { CONTENT_DIR, copyOfContent } from '../support/content-fixture';

const ROOT = join(__dirname, '..', '..');

/** Runs the real command line, as `npm run thinkagain -- …` does. */
function thinkagain(args: string[], input = '', env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: CONTENT_DIR, LOG_LEVEL: 'silent', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('thinkagain ask --json (the contract other tools call)', () => {
  const engine = new SearchEngine(loadContent(CONTENT_DIR));

  it('prints exactly one JSON object with the best results first', () => {
    const { code, stdout } = thinkagain(['ask', '--json', 'commissioning']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expect(answer).toMatchObject({ query: 'commissioning', answered: true });
    expect(answer.results[0]).toEqual({ id: expect.any(String), principle: 'commissioning', title: expect.any(String), score: expect.any(Number) });
    expect(answer.results.map((r: { id: string }) => r.id)).toEqual(engine.search('commissioning').hits.map((h) => h.passage.id));
  });

  it('answers each line of standard input in order, one JSON line each, including empty lines', () => {
    const { code, stdout } = thinkagain(['ask', '--json'], 'commissioning\n\nreset my password\nhow many volunteers\n');
    expect(code).toBe(0);
    const answers = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers.map((a) => a.query)).toEqual(['commissioning', '', 'reset my password', 'how many volunteers']);
    expect(answers.map((a) => a.answered)).toEqual([true, false, false, true]);
  });
});

describe('thinkagain ask and chat (for people)', () => {
  it('prints a readable answer with its citation', () => {
    const { code, stdout } = thinkagain(['ask', 'should this be a grant or a contract?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Source: /);
    expect(stdout).not.toMatch(/^\{/);
  });

  it('opens the chat with help, answers the full grammar, and says goodbye', () => {
    const { code, stdout } = thinkagain(['chat'], 'principles\nprinciple 5\nsubscribe\nquit\n');
    expect(code).toBe(0);
    expect(stdout).toContain('principle <1-10 or name>');
    expect(stdout).toMatch(/10\. /);
    expect(stdout).toMatch(/^5\. /m);
    expect(stdout).toContain('Weekly tips are set up from Slack or Teams');
    expect(stdout).toContain('Goodbye.');
  });

  it('says plainly when a command is unknown', () => {
    const { code, stderr } = thinkagain(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown command "frobnicate"');
    expect(stderr).toContain('thinkagain ask');
  });
});

describe('thinkagain content check', () => {
  it('confirms valid content', () => {
    const { code, stdout } = thinkagain(['content', 'check']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/content\/ is valid: 10 principles, \d+ passages/);
  });

  it('names the file and field of every problem, with no stack trace, and exits 1', () => {
    const content = copyOfContent();
    try {
      content.edit('principles/06-impact.md', (t) => t.replace(/^slug: impact$/m, 'slug: impacts'));
      const { code, stderr } = thinkagain(['content', 'check'], '', { CONTENT_DIR: content.dir });
      expect(code).toBe(1);
      expect(stderr).toContain('principles/06-impact.md: slug: must be one of');
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      content.remove();
    }
  });
});

describe('the terminal under a production configuration', () => {
  it('answers questions without needing the server’s secrets', () => {
    const { code, stdout } = thinkagain(['ask', '--json', 'commissioning'], '', { NODE_ENV: 'production', MicrosoftAppType: 'SingleTenant' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout.trim())).toMatchObject({ query: 'commissioning', answered: true });
  });
});

describe('three outcomes in the terminal', () => {
  const engine = new SearchEngine(loadContent(CONTENT_DIR));
  const clarifying = ['how do we hear from the smaller charites', 'working with the voluntary sector', 'charity problems', 'voluntary sector'].find((q) => engine.search(q).outcome === 'clarify');

  it('ask --json says which outcome each question got', () => {
    const { stdout } = thinkagain(['ask', '--json'], `commissioning\nreset my password\n${clarifying}\n`);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).outcome)).toEqual(['answer', 'decline', 'clarify']);
  });

  it('chat offers a clarify as a numbered choice, and a number shows that passage', () => {
    const choices = engine.search(clarifying!).hits;
    const { code, stdout } = thinkagain(['chat'], `${clarifying}\n2\nquit\n`);
    expect(code).toBe(0);
    expect(stdout.replace(/\s+/g, ' ')).toContain('Which did you mean?');
    expect(stdout).toMatch(/^\s*1\. /m);
    const afterChoice = stdout.slice(stdout.indexOf('Type a number'));
    expect(afterChoice).toContain(choices[1]!.passage.title.slice(0, 30));
  });

  it('ask --explain names the principles a clarify offers, and why those', () => {
    const offered = engine.search(clarifying!).hits.map((h) => `${h.passage.topic} (${h.passage.id})`);
    const { code, stdout } = thinkagain(['ask', '--explain', clarifying!]);
    expect(code).toBe(0);
    expect(stdout).toContain('Outcome: clarify');
    expect(stdout).toContain(`choices offered: ${offered.join(', ')}: the best passage of each principle ranking at least`);
  });

  it('ask --explain shows the working, with control characters made visible, not obeyed', () => {
    const { code, stdout } = thinkagain(['ask', '--explain', 'comissioning lot sizes\u001b[2J for charities']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/comission\w*→commission/);
    expect(stdout).toMatch(/Outcome: (answer|clarify)/);
    expect(stdout).toContain('in title');
    expect(stdout).toContain('\\u001b[2J');
    expect(stdout).not.toContain('\u001b[2J');
  });
});
