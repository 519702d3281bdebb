import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** How long the page may take to show something the bot sent: bounded, never a fixed sleep. */
const SHOWN_WITHIN_MS = 20_000;
const LOG_LINES_SHOWN = 25;

/**
 * The Agents Playground page in headless Chromium, read as a person reads it: the text and buttons of
 * the conversation pane (not the log panel, not the conversation list). Nothing leaves this machine:
 * every request to anywhere but loopback (web fonts, the CDN) is refused.
 */
export class ChatPage {
  private constructor(
    private readonly browser: Browser,
    readonly page: Page,
    private readonly artifacts: string,
    private readonly logs: () => Record<string, string>,
  ) {}

  /** `logs` gives what each process (the bot, the Playground) wrote: a failed wait shows their tails beside the page. */
  static async open(chromium: string, url: string, artifacts: string, logs: () => Record<string, string>): Promise<ChatPage> {
    mkdirSync(artifacts, { recursive: true });
    const browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    });
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 1000 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const target = new URL(request.url());
      const local = ['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname) || ['data:', 'blob:'].includes(target.protocol);
      void (local ? request.continue() : request.abort());
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[role=textbox]', { timeout: SHOWN_WITHIN_MS });
    return new ChatPage(browser, page, artifacts, logs);
  }

  /** Opens a conversation from the list: "Personal Chat", "Group Chat", "My Team - General". */
  async openConversation(label: string): Promise<void> {
    await this.page.click(`[role=treeitem][aria-label="${label}"]`);
  }

  /** Types into the compose box and sends, as a person does (Enter); waits until the page shows it sent. */
  async send(text: string): Promise<void> {
    const before = await this.messageCount();
    await this.page.click('[role=textbox]');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await this.waitFor(`"${text}" to appear as sent`, `${MESSAGE_COUNT} > ${before}`);
  }

  /** In a channel: a new post that @mentions the bot (picked from the mention menu, as a person does), then the words. */
  async postMentioning(botName: string, words: string): Promise<void> {
    await this.page.click('[role=textbox]');
    await this.page.keyboard.type(`@${botName.slice(0, 4)}`);
    const option = await this.page.waitForSelector(`::-p-xpath(//*[@role="menuitem"][normalize-space(.)="${botName}"])`, { timeout: SHOWN_WITHIN_MS });
    await option!.click();
    await this.page.waitForSelector('[role=textbox] .mention', { timeout: SHOWN_WITHIN_MS });
    await this.page.keyboard.type(` ${words}`);
    await this.page.click('::-p-xpath(//button[normalize-space(.)="Post"])');
  }

  /** The conversation pane's visible text. */
  async paneText(): Promise<string> {
    return String(await this.page.evaluate(PANE_TEXT));
  }

  /** Waits until the pane shows `text` (bounded), and returns the pane's text. */
  async waitForText(text: string): Promise<string> {
    await this.waitFor(`the page to show "${text}"`, `${PANE_TEXT}.includes(${JSON.stringify(text)})`);
    return this.paneText();
  }

  /** The text of every card button on the page, in order (what a person reads on it, not its tooltip). */
  async buttons(): Promise<string[]> {
    return (await this.page.evaluate(`${BUTTONS}.map((e) => e.innerText.trim())`)) as string[];
  }

  /** How many visible elements in the pane (buttons aside) show exactly `text`: a title shown twice counts 2. */
  async countShowing(text: string): Promise<number> {
    return Number(
      await this.page.evaluate(
        `Array.from(${PANE}?.querySelectorAll('*') ?? []).filter((e) => e instanceof HTMLElement && !e.closest('button') && e.children.length === 0 && e.offsetParent !== null && e.innerText.trim() === ${JSON.stringify(text)}).length`,
      ),
    );
  }

  /** Waits (bounded) until the page has at least `count` card buttons reading `text`: a new card has arrived. */
  async waitForButtons(text: string, count: number): Promise<void> {
    await this.waitFor(`${count} "${text}" buttons`, `${BUTTONS}.filter((e) => e.innerText.trim() === ${JSON.stringify(text)}).length >= ${count}`);
  }

  /** Presses the last card button reading `text` (the newest card's). */
  async press(text: string): Promise<void> {
    const buttons = await this.page.$$('.ac-actionSet button');
    for (const button of buttons.reverse()) {
      if ((await button.evaluate((e) => e.textContent ?? '')).trim() === text) return button.click();
    }
    throw new Error(`no button "${text}" on the page; buttons: ${(await this.buttons()).join(' | ')}`);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(this.artifacts, `${name}.png`) });
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  private async messageCount(): Promise<number> {
    return Number(await this.page.evaluate(MESSAGE_COUNT));
  }

  /** Waits (bounded) for an in-page condition; on failure, says what the page showed and saves a screenshot. */
  private async waitFor(what: string, condition: string): Promise<void> {
    try {
      await this.page.waitForFunction(condition, { timeout: SHOWN_WITHIN_MS, polling: 100 });
    } catch (error) {
      await this.screenshot(`failed-${Date.now()}`).catch(() => undefined);
      const logged = Object.entries(this.logs()).map(([name, text]) => `${name}, last ${LOG_LINES_SHOWN} lines:\n${text.trimEnd().split('\n').slice(-LOG_LINES_SHOWN).join('\n')}`);
      throw new Error(`Waited ${SHOWN_WITHIN_MS / 1000} s for ${what}. The page showed:\n${await this.paneText()}\n(${String(error)})\n\n${logged.join('\n\n')}`);
    }
  }
}

/*
 * In-page expressions (they run in Chromium, so they are strings: this project is typed for Node, not the DOM).
 * The conversation pane is the smallest element holding every compose box, message header and card text.
 */
const PANE = `(() => {
  const parts = Array.from(document.querySelectorAll('[role=textbox], [aria-label="Message header"], .ac-textBlock'));
  let pane = parts.length ? parts[0].parentElement : null;
  while (pane && !parts.every((p) => pane.contains(p))) pane = pane.parentElement;
  return pane;
})()`;
const PANE_TEXT = `((${PANE})?.innerText ?? '')`;
const BUTTONS = `Array.from(document.querySelectorAll('.ac-actionSet button'))`;
const MESSAGE_COUNT = `document.querySelectorAll('[aria-label="Message header"]').length`;
