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
  // The innovator the need owner invites, followed through the strict policy and the outcomes report.
  let invitedId = '';
  let invitedName = '';

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
    expect(await page.locator('.evaluation').textContent()).toMatch(
      /no recorded decisions yet|how high the people|none of the people/,
    );
    await browser.screenshot(page, '2-admin-preview');

    const reason = 'Region matters more for school pilots';
    await page.getByLabel('Reason for the change').fill(reason);
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await settles(() => page.locator('.save .status').textContent()).toMatch(/^Saved version \d+\.$/);
    await settles(() => page.locator('table.audit').getByText(reason).count()).toBe(1);
    // The audit log names fields as the editor labels them, not by their config path.
    expect(await page.locator('table.audit').textContent()).toContain('Same region: 10 → 100');
    await settles(() => page.locator('.mix .chart canvas').count()).toBe(1);
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
    invitedId = innovatorId ?? '';
    const name = (await first.locator('h3').textContent())?.replace(/^\d+\. /, '') ?? '';
    invitedName = name;
    await first.getByRole('button', { name: 'Invited' }).click();
    await settles(() => page.getByRole('status').textContent()).toBe(`${name}: Invited recorded.`);
    expect(await first.getByRole('button', { name: 'Invited' }).getAttribute('aria-pressed')).toBe('true');
    expect(await first.locator('.history').textContent()).toMatch(/^History: Invited \d{1,2} [A-Z][a-z]{2}/);
    await browser.screenshot(page, '5-owner-decision');

    await page.reload();
    const again = page.locator(`li.entry[data-innovator="${innovatorId}"]`);
    await settles(() => again.locator('.stage').textContent()).toBe('Current stage: Invited');
    await page.close();
  });

  it("shows the decision in the admin's gender mix per recruitment stage (the demo's ready link)", async () => {
    const page = await browser.newPage();
    await page.goto(`${matching.url}/admin?challenge=${challengeId}#token=${adminToken}`);
    const table = page.locator('.mix .chart table');
    await settles(() => table.locator('th[scope="row"]').allTextContents()).toContain('Invited (1)');
    await page.locator('.mix .chart summary').click();
    await browser.screenshot(page, '6-admin-outcomes');
    await page.close();
  });

  it('keeps recorded decisions visible and changeable when a strict policy gives no list', async () => {
    const admin = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' };
    const configUrl = `${matching.url}/v1/admin/matching-config`;
    const { version, updatedAt, updatedBy, ...saved } = await (
      await fetch(configUrl, { headers: admin })
    ).json();
    const save = (body: object) =>
      fetch(configUrl, { method: 'PUT', headers: admin, body: JSON.stringify(body) });
    // Twelve innovators, two of them non-binary: a list that is 60 % non-binary cannot be made.
    const strict = { mode: 'strict', groups: { non_binary: { min: 0.6 } } };
    expect(
      (await save({ ...saved, balance: strict, reason: 'e2e: a policy the pool cannot meet' })).status,
    ).toBe(200);
    try {
      const page = await browser.newPage();
      await page.goto(`${matching.url}/challenges/${challengeId}#token=${ownerToken}`);
      await settles(() => page.locator('.infeasible').count()).toBe(1);
      const text = await page.locator('main').textContent();
      expect(text).toContain("The programme's administrators set the balance policy");
      expect(text).not.toContain('balancing cost');
      const recorded = page.locator(`.recorded li[data-innovator="${invitedId}"]`);
      expect(await recorded.locator('.stage').textContent()).toBe('Current stage: Invited');
      await recorded.getByRole('button', { name: 'Accepted' }).click();
      await settles(() => recorded.locator('.history').textContent()).toMatch(/Invited .*, Accepted /);
      // Off the list, the person is still named as on it.
      expect(await recorded.locator('h3').textContent()).toBe(invitedName);
      expect(await page.getByRole('status').textContent()).toBe(`${invitedName}: Accepted recorded.`);
      await browser.screenshot(page, '7-owner-strict-policy-recorded-decisions');
      await page.close();
    } finally {
      await save({ ...saved, reason: 'e2e: back to the policy before' });
    }
  });

  it("shows every challenge's outcomes per month to the admin, as a chart and a table", async () => {
    const page = await browser.newPage();
    await page.goto(`${matching.url}/admin#token=${adminToken}`);
    const section = page.locator('section.outcomes');
    const month = section.locator('table.outcomes-months tbody').first();
    await settles(() => month.locator('tr').count()).toBe(5);
    const row = (stage: string) =>
      month.locator('tr', { has: page.locator(`th[scope="row"]`, { hasText: stage }) });
    // Stages are counted when first reached: the acceptance also counts as an invitation.
    for (const stage of ['Invited', 'Accepted']) {
      expect(await row(stage).locator('td').first().textContent(), stage).toBe('1');
    }
    expect(await section.locator('canvas[role="img"]').count()).toBe(1);
    await browser.screenshot(page, '8-admin-outcomes-all-challenges');
    await section.getByLabel('From month').fill('2020-01');
    await section.getByLabel('To month (inclusive)').fill('2020-02');
    await section.getByRole('button', { name: 'Show' }).click();
    await settles(() => section.textContent()).toContain('Nothing recorded in this period.');

    // The queue dashboard: a GET form that hands the dashboard the token it keeps in a cookie.
    const dashboard = page.locator('form[action="/admin/queues"]');
    expect(await dashboard.getByRole('button').textContent()).toBe('Open the queue dashboard');
    const opened = await fetch(`${matching.url}/admin/queues?token=${adminToken}`, { redirect: 'manual' });
    expect([opened.status, opened.headers.get('location')]).toEqual([303, '/admin/queues']);
    await page.close();
  });

  it('logged no console errors', () => {
    expect(browser.errors).toEqual([]);
  });
});
