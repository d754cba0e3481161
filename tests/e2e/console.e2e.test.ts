import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRedis, developmentJwtSecret, type Redis, signToken } from '@suite/platform';
import { openTestRedis, type TestRedis } from '@suite/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleBrowser, chromiumAvailable, launchConsoleBrowser } from './console/browser';
import { browserConfig } from './console/browser-config';
import { challengeId, challengeTitle, organisationId, publishConsoleData } from './console/console-data';
import { type ServiceProcess, startService } from './support/service-process';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const issuer = 'social-match-suite';

// Without Chromium the test cannot run; that is only acceptable on a developer machine.
const runnable = chromiumAvailable() || browserConfig.ci;
if (!runnable) {
  console.warn(
    `console browser test skipped: no Chromium at ${browserConfig.chromiumPath} (set CHROMIUM_PATH)`,
  );
}

async function waitFor<T>(probe: () => Promise<T>, ok: (value: T) => boolean, what: string, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// The machine may be busy: give the page time to answer, and fail with the last value seen.
const settles = <T>(probe: () => Promise<T> | T) => expect.poll(probe, { timeout: 30_000, interval: 200 });

const proposedOrder = (page: Page) =>
  page
    .locator('.preview-column')
    .nth(1)
    .locator('li[data-innovator]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-innovator')));

describe.runIf(runnable)('the admin console and the need-owner page in Chromium', () => {
  let testRedis: TestRedis;
  let redis: Redis;
  let matching: ServiceProcess;
  let browser: ConsoleBrowser;
  let adminToken: string;
  let ownerToken: string;

  beforeAll(async () => {
    // The service serves whatever dist/ holds; build it so the test sees this checkout's code.
    execFileSync(process.execPath, ['--import', 'tsx', 'packages/console/esbuild.config.ts'], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
    testRedis = await openTestRedis();
    redis = createRedis(testRedis.url);
    matching = await startService(
      'matching',
      { REDIS_URL: testRedis.url, QUEUE_PREFIX: testRedis.prefix },
      { readyTimeoutMs: 240_000 },
    );
    adminToken = await signToken({ secret: developmentJwtSecret, issuer, role: 'admin' });
    ownerToken = await signToken({
      secret: developmentJwtSecret,
      issuer,
      role: 'need_owner',
      organisationId,
    });
    const { innovators } = await publishConsoleData(redis, testRedis.prefix);
    const shortlistUrl = `${matching.url}/v1/challenges/${challengeId}/shortlist?k=10`;
    await waitFor(
      async () => {
        const response = await fetch(shortlistUrl, { headers: { authorization: `Bearer ${adminToken}` } });
        return response.ok
          ? ((await response.json()) as { balance: { pool: Record<string, number> } })
          : response.status;
      },
      (value) =>
        typeof value === 'object' &&
        Object.values(value.balance.pool).reduce((a, b) => a + b, 0) === innovators,
      'the projection to hold every innovator',
    );
    browser = await launchConsoleBrowser();
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await matching?.stop();
    redis?.disconnect();
    await testRedis?.cleanup();
  });

  it('signs in, previews a weight change, saves it with a reason and shows it in the audit log', async () => {
    const page = await browser.newPage();
    await page.goto(`${matching.url}/admin`);
    await page.getByLabel('Token').fill(adminToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await settles(() => page.getByText('Signed in as admin').count()).toBe(1);

    // The admin picks the challenge by its title from matching's list.
    const picker = page.getByLabel('Challenge', { exact: true });
    await settles(() => picker.locator('option', { hasText: challengeTitle }).count()).toBe(1);
    await picker.selectOption({ label: challengeTitle });
    await page.getByRole('button', { name: 'Load' }).click();
    const status = page.locator('.preview .status');
    await settles(() => status.textContent()).toBe('Proposed list is the same as the current one.');
    const before = await proposedOrder(page);
    expect(before.length).toBeGreaterThan(0);
    await browser.screenshot(page, '1-admin-signed-in');

    // Keyboard only: text similarity to 0, same region to the maximum.
    await page.getByLabel('Text similarity').focus();
    await page.keyboard.press('Home');
    await page.getByLabel('Same region').focus();
    await page.keyboard.press('End');
    await settles(() => status.textContent()).toMatch(/^Proposed: \d+ entered, \d+ left, \d+ moved\.$/);
    expect(await proposedOrder(page)).not.toEqual(before);
    expect(await page.locator('.preview .mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.evaluation').textContent()).toMatch(/No decisions yet|nDCG/);
    await browser.screenshot(page, '2-admin-preview');

    const reason = 'Region matters more for school pilots';
    await page.getByLabel('Reason for the change').fill(reason);
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await settles(() => page.locator('.save .status').textContent()).toMatch(/^Saved version \d+\.$/);
    await settles(() => page.locator('table.audit').getByText(reason).count()).toBe(1);
    expect(await page.locator('table.audit').textContent()).toContain('weights.region');
    await settles(() => page.locator('.chart canvas').count()).toBe(1);
    expect(await page.locator('.candidates .bars').count()).toBeGreaterThan(0);
    await browser.screenshot(page, '3-admin-saved-and-audited');

    await page.getByLabel('Text to tag').fill('Gender equality and equal pay for women in the workplace.');
    await page.getByRole('button', { name: 'Tag the text' }).click();
    await settles(() => page.locator('.sdg-result').textContent()).toContain('Detected language');

    await page.getByLabel('Language', { exact: true }).selectOption('sv');
    await settles(() => page.locator('h1').textContent()).toBe('Administrera matchningen');
    await browser.screenshot(page, '4-admin-swedish');
    await page.getByLabel('Språk', { exact: true }).selectOption('en');
    await page.close();
  });

  it('lets the need owner record a decision that stays recorded', async () => {
    const page = await browser.newPage();
    await page.goto(`${matching.url}/challenges/${challengeId}#token=${ownerToken}`);
    expect(new URL(page.url()).hash).toBe('');
    const first = page.locator('li.entry').first();
    await settles(() => first.count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe(`Shortlist: ${challengeTitle}`);
    const innovatorId = await first.getAttribute('data-innovator');
    const name = (await first.locator('h3').textContent())?.replace(/^\d+\. /, '') ?? '';
    await first.getByRole('button', { name: 'Invited' }).click();
    await settles(() => page.getByRole('status').textContent()).toBe(`${name}: Invited recorded.`);
    expect(await first.getByRole('button', { name: 'Invited' }).getAttribute('aria-pressed')).toBe('true');
    await browser.screenshot(page, '5-owner-decision');

    await page.reload();
    const again = page.locator(`li.entry[data-innovator="${innovatorId}"]`);
    await settles(() => again.locator('.stage').textContent()).toBe('Current stage: Invited');
    await page.close();
  });

  it("shows the decision in the admin's gender mix per recruitment stage (the demo's ready link)", async () => {
    const page = await browser.newPage();
    await page.goto(`${matching.url}/admin?challenge=${challengeId}#token=${adminToken}`);
    const table = page.locator('.chart table');
    await settles(() => table.locator('th[scope="row"]').allTextContents()).toContain('Invited (1)');
    await page.locator('.chart summary').click();
    await browser.screenshot(page, '6-admin-outcomes');
    await page.close();
  });

  it('logged no console errors', () => {
    expect(browser.errors).toEqual([]);
  });
});
