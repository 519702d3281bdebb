#!/usr/bin/env node
/**
 * The yardstick for `npm run bench:http`: a bare Slack + Teams bot on the same Bolt and botbuilder
 * versions as ThinkAgain, with nothing of ThinkAgain in it (no content, search, store, logger or
 * scheduler). Plain JavaScript run by node, so no build or loader stands between the two bots.
 *
 * One port on 127.0.0.1 (PORT, default 3978), as ThinkAgain uses one: Bolt's own HTTP receiver serves `POST /slack/events`,
 * and two custom routes serve `GET /healthz` and `POST /api/messages` (botbuilder's CloudAdapter in
 * its unauthenticated local mode). `/thinkagain <text>` is acknowledged, then answered through
 * response_url; a Teams message gets one reply. Reads PORT, SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET and
 * SLACK_API_URL. SIGTERM and SIGINT stop it.
 *
 *   SLACK_BOT_TOKEN=xoxb-… SLACK_SIGNING_SECRET=… node scripts/bare-bot.cjs
 */
const { App } = require('@slack/bolt');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

const port = Number(process.env.PORT || 3978);

const teams = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' }));
const teamsBot = new ActivityHandler();
teamsBot.onMessage(async (context, next) => {
  await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
  await next();
});

/** Reads a JSON body, then lets CloudAdapter run the turn over an Express-like view of the response. */
async function teamsMessages(req, res) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const response = {
    socket: res.socket,
    status: (code) => void (res.statusCode = code),
    header: (name, value) => void res.setHeader(name, String(value)),
    send: (data) => void (data === undefined || data === null || res.write(typeof data === 'string' ? data : JSON.stringify(data))),
    end: () => void (res.writableEnded || res.end()),
  };
  await teams.process({ method: req.method, headers: req.headers, body }, response, (context) => teamsBot.run(context));
}

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: process.env.SLACK_API_URL ? { slackApiUrl: process.env.SLACK_API_URL } : {},
  customRoutes: [
    { path: '/healthz', method: ['GET'], handler: (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}') },
    { path: '/api/messages', method: ['POST'], handler: (req, res) => void teamsMessages(req, res).catch(() => res.writableEnded || res.writeHead(400).end()) },
  ],
});

app.command('/thinkagain', async ({ ack, respond, command }) => {
  await ack();
  await respond({ text: `You asked: ${command.text}` });
});

const stop = () => void app.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

app.start({ port, host: '127.0.0.1' }).then(() => process.stderr.write(`bare bot listening on ${port}\n`));
