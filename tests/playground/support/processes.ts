import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

export interface Started {
  url: string;
  /** Everything the process wrote, for the failure message. */
  output(): string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The real bot, as `npm start` runs it: SQLite in a temp file, the scheduler off, Teams in Bot
 * Framework's unauthenticated local mode, no Slack. Every setting is given explicitly, so a developer's
 * `.env` (which dotenv never lets override the environment) cannot point it anywhere else.
 */
export async function startBot(databaseFile: string): Promise<Started> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    DATABASE_URL: databaseFile,
    CONTENT_DIR: join(ROOT, 'content'),
    // One line a turn: a failed wait in the test shows what the bot did with the message.
    LOG_LEVEL: 'info',
    SCHEDULER: 'off',
    NODE_ENV: 'development',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    SLACK_BOT_TOKEN: '',
    SLACK_SIGNING_SECRET: '',
    SLACK_APP_TOKEN: '',
  };
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'src', 'main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const started = watch(child, `http://127.0.0.1:${port}`);
  await waitForHttp(`${started.url}/healthz`, child, started.output);
  return started;
}

/**
 * Microsoft 365 Agents Playground, pointed at the bot as a Teams client (`-c msteams`), with telemetry
 * off. It runs in its own temp folder: it writes a log folder there and reads its settings file from
 * there (the bot is named ThinkAgain, as in the Teams manifest, so @mentions read as they do in Teams).
 */
export async function startPlayground(cli: string, botUrl: string, folder: string): Promise<Started> {
  writeFileSync(join(folder, '.m365agentsplayground.yml'), PLAYGROUND_SETTINGS);
  const port = await freePort();
  const args = [cli, '-e', `${botUrl}/api/messages`, '-c', 'msteams', '-p', String(port), '--disable-telemetry'];
  const child = spawn(process.execPath, args, { cwd: folder, env: { PATH: process.env.PATH, HOME: folder }, stdio: ['ignore', 'pipe', 'pipe'] });
  const started = watch(child, '', () => readIfThere(join(folder, 'devTools', 'm365agentsplayground.log')));
  // The CLI moves to a random port if its port was taken in the meantime; it says which.
  const listening = await waitForOutput(child, started.output, /Listening on (\d+)/);
  started.url = `http://127.0.0.1:${listening[1]}`;
  await waitForHttp(started.url, child, started.output);
  return started;
}

function watch(child: ChildProcess, url: string, moreOutput: () => string = () => ''): Started {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    url,
    output: () => output + moreOutput(),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited with ${child.exitCode} before answering:\n${output()}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${output()}`);
}

async function waitForOutput(child: ChildProcess, output: () => string, pattern: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = output().match(pattern);
    if (match) return match;
    if (child.exitCode !== null) throw new Error(`the process exited with ${child.exitCode}:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${pattern} in the output within ${timeoutMs} ms:\n${output()}`);
}

/** The Playground wants at least five other people in its made-up team. */
const OTHER_USERS = [1, 2, 3, 4, 5]
  .map((n) => `  - id: user-id-${n}\n    name: Colleague ${n}\n    userPrincipleName: colleague${n}@example.com\n    aadObjectId: 00000000-0000-0000-0000-00000000002${n}\n    givenName: Colleague\n    surname: "${n}"\n    email: colleague${n}@example.com\n`)
  .join('');

/** The Playground's own default settings, with the bot named as in the Teams manifest. */
const PLAYGROUND_SETTINGS = `version: "0.1.1"
tenantId: 00000000-0000-0000-0000-0000000000001
bot:
  id: 00000000-0000-0000-0000-00000000000011
  name: ThinkAgain
currentUser:
  id: user-id-0
  name: Alex Wilber
  userPrincipleName: alexw@example.com
  aadObjectId: 00000000-0000-0000-0000-0000000000020
  givenName: Alex
  surname: Wilber
  email: alexw@example.com
users:
${OTHER_USERS}personalChat:
  id: __PERSONAL_CHAT_ID__
groupChat:
  id: __GROUP_CHAT_ID__
  name: Group Chat
team:
  id: team-id
  name: My Team
  aadGroupId: 00000000-0000-0000-0000-000000000031
  channels:
    - id: channel-announcements-id
      name: Announcements
`;

function readIfThere(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
