// End-to-end: the real `dugout serve` (temp SQLite database, free loopback port) driven through
// Debian's chromium by playwright-core. Two managers log in, create and claim a game, set lineups
// and play the first inning through the UI while a third user watches and must see every play;
// logging out must end the session. Screenshots go to tests/e2e/screenshots/<run>/ (the run prints
// the folder; E2E_SHOTS names another).
//
// Env: DUGOUT_BIN (the built binary; default: ../target/debug/dugout), E2E_BASE_URL (use a running
// server instead of starting one), E2E_MODE (manual|auto, default manual), CHROMIUM (browser path).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const runName = new Date().toISOString().replace(/[:.]/g, '-');
const shots = process.env.E2E_SHOTS ?? join(here, 'screenshots', runName);
const MODE = process.env.E2E_MODE ?? 'manual';
const STEP_MS = 15_000;

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

/** Starts the server and resolves with its base URL once it logs that it is listening. */
async function startServer(tmp, fixedPort) {
  const bin = process.env.DUGOUT_BIN ?? join(repo, 'target/debug/dugout');
  assert.ok(existsSync(bin), `dugout binary not found at ${bin} (set DUGOUT_BIN or run cargo build -p dugout)`);
  const port = fixedPort ?? (await freePort());
  const child = spawn(bin, ['serve', '--bind', `127.0.0.1:${port}`, '--database', `sqlite://${join(tmp, 'e2e.db')}`], {
    cwd: repo,
    env: { ...process.env, DUGOUT_LOCAL_LOGIN: '1', DUGOUT_WEB_DIR: join(repo, 'web/dist'), RUST_LOG: process.env.RUST_LOG ?? 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise((res, rej) => {
    const onData = (buf) => {
      const text = buf.toString();
      log += text;
      if (process.env.E2E_VERBOSE) process.stderr.write(text);
      const m = /listening on (http:\/\/[^\s"]+)/.exec(log);
      if (m) res(`http://127.0.0.1:${port}`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => rej(new Error(`dugout serve exited with ${code} before listening:\n${log}`)));
  });
  child.stdout.removeAllListeners('data');
  child.stderr.removeAllListeners('data');
  child.stdout.resume();
  child.stderr.resume();
  return {
    url,
    port,
    restartable: true,
    stop: () =>
      new Promise((r) => {
        if (child.exitCode !== null) return r(child.exitCode);
        child.once('exit', r);
        child.kill('SIGTERM');
      }),
  };
}

async function launch() {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

async function login(browser, base, name) {
  // Reduced motion: the dice do not spin, so screenshots show them settled.
  const ctx = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.error(`[${name}] page error:`, e.message));
  await page.goto('/');
  await page.fill('#username', name);
  await page.click('[data-test=local-login] button[type=submit]');
  await page.waitForURL('**/games');
  await page.waitForSelector(`[data-test=user-name]:has-text("${name}")`);
  return { ctx, page, name };
}

/** A full-page screenshot from the top (the sticky header would otherwise cover the middle). */
async function shoot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  // After a viewport change the layout must have settled: every card holds all of its content.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.card')].every((c) => {
        const bottom = c.getBoundingClientRect().bottom + 1;
        return [...c.children].every((k) => k.getBoundingClientRect().bottom <= bottom);
      }),
    null,
    { timeout: STEP_MS },
  );
  // Two rendered frames, so the screenshot is not composited from the layout before the resize.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: join(shots, name), fullPage: true });
}

async function version(page) {
  return Number(await page.getAttribute('[data-test=game-screen]', 'data-version'));
}

/** Waits for the action to land (the version moves) or to be refused (the server's message shows). */
async function settleAction(page, v, what) {
  // The refusal watcher outlives a landed action (a wait cannot be cancelled): once settled it must
  // not touch a later refusal on this page, which belongs to another check.
  let settled = false;
  const refused = page.waitForSelector('[data-test=refusal]', { timeout: STEP_MS }).then(async () => {
    if (settled) return null;
    const text = (await page.textContent('[data-test=refusal] span'))?.trim();
    await page.click('[data-test=refusal] button');
    return text;
  });
  const landed = waitVersionAbove(page, v).then(() => null);
  const result = await Promise.race([landed, refused]);
  settled = true;
  refused.catch(() => undefined);
  landed.catch(() => undefined);
  if (result !== null) throw new Error(`${what} was refused: ${result}`);
}

async function waitVersionAbove(page, v) {
  await page.waitForFunction(
    (min) => Number(document.querySelector('[data-test=game-screen]')?.getAttribute('data-version') ?? -1) > min,
    v,
    { timeout: STEP_MS },
  );
}

/**
 * The results the managers read off the cards, in turn, each with a location it allows. The first
 * is a home run, so the score (not only the inning) changes where everyone can see it.
 */
const PLAN = [
  { code: 'HOMERUN', loc: null },
  { code: 'SINGLE_1', loc: null },
  { code: 'STRIKEOUT', loc: null },
  { code: 'GROUNDBALL_B', loc: 'SS' },
  { code: 'FLYOUT_A', loc: 'CF' },
  { code: 'LINEOUT', loc: '2B' },
  { code: 'WALK', loc: null },
  { code: 'POPOUT', loc: '3B' },
];

/**
 * The batting manager sends the first bench player up to hit for the DH (who stays the DH, so no
 * position is owed); every page shows the new batter.
 */
async function pinchHit(m, pages) {
  const p = m.page;
  await p.click('[data-test=subs-toggle]');
  await p.click('[data-test=subs] [data-kind=ph]');
  await p.waitForSelector('[data-test=sub-entering] option:nth-child(2)', { state: 'attached', timeout: STEP_MS });
  const replaced = (await p.textContent('[data-test=batter]'))?.trim();
  const label = await p.$eval('[data-test=sub-entering] option:nth-child(2)', (o) => o.textContent ?? '');
  const name = label.replace(/ \(.*$/, '').replace(/ · .*$/, '').trim();
  await p.selectOption('[data-test=sub-entering]', { index: 1 });
  const before = await version(p);
  await p.click('[data-test=sub-apply]');
  await settleAction(p, before, 'the pinch hitter');
  // A pinch hitter for the DH becomes the DH (protocol.md §1.1): the feed says so.
  const note = `${name} replaces ${replaced} at DH`;
  for (const page of pages) {
    await page.waitForFunction((n) => document.querySelector('[data-test=batter]')?.textContent?.trim() === n, name, { timeout: STEP_MS });
    await page.waitForFunction((t) => [...document.querySelectorAll('[data-test=feed-note]')].some((e) => e.textContent?.includes(t)), note, { timeout: STEP_MS });
  }
  return `${m.name}: ${name} pinch-hits for ${replaced}`;
}

/**
 * One step: whichever manager's page shows a panel acts on it. Returns a short description, or null
 * when neither manager can act (the server is working).
 */
async function step(managers, planIndex) {
  for (const m of managers) {
    const p = m.page;
    const before = await version(p);
    if (await p.isVisible('[data-test=submit-defense]')) {
      await p.click('[data-test=submit-defense]');
      await settleAction(p, before, 'the defense');
      return `${m.name}: defense`;
    }
    if (await p.isVisible('[data-test=submit-offense]')) {
      await p.click('[data-test=submit-offense]');
      await settleAction(p, before, 'the offense');
      return `${m.name}: swing away`;
    }
    if (await p.isVisible('[data-test=roll]')) {
      await p.click('[data-test=roll]');
      await settleAction(p, before, 'the roll');
      const meaning = await p.textContent('[data-test=dice-meaning]');
      return `${m.name}: rolled (${meaning})`;
    }
    if (await p.isVisible('[data-test=outcome-picker]')) {
      // A code the base/out state makes impossible is refused (invalid_outcome): take the next one.
      for (let tries = 0; ; tries += 1) {
        const pick = PLAN[planIndex.i % PLAN.length];
        planIndex.i += 1;
        await p.click(`[data-test=outcome-picker] [data-code=${pick.code}]`);
        if (pick.loc) await p.click(`[data-test=outcome-picker] [data-loc="${pick.loc}"]`);
        await p.click('[data-test=submit-outcome]');
        try {
          await settleAction(p, before, pick.code);
          return `${m.name}: ${pick.code}${pick.loc ? ` @${pick.loc}` : ''}`;
        } catch (e) {
          if (tries >= 2) throw e;
          console.log(`  (${e.message}; trying another code)`);
        }
      }
    }
    if (await p.isVisible('[data-test=runner-decision]')) {
      await p.click('[data-test=hold-runner]');
      await settleAction(p, before, 'holding the runner');
      return `${m.name}: held the runner`;
    }
    if (await p.isVisible('[data-test=check-answer] button')) {
      await p.click('[data-test=check-answer] button >> nth=0');
      await settleAction(p, before, 'the check answer');
      return `${m.name}: answered a check`;
    }
    if (await p.isVisible('[data-test=xcheck-answer]')) {
      await p.click('[data-test=xcheck-answer] button[type=submit]');
      await settleAction(p, before, 'the X-check answer');
      return `${m.name}: answered an X-check`;
    }
  }
  return null;
}

async function feedPlays(page) {
  return page.$$eval('[data-test=feed-play]', (els) => els.map((e) => Number(e.getAttribute('data-play-no'))).sort((a, b) => a - b));
}

/**
 * An auto game against the AI: the AI's calls show with their one-line reasons, one at a time
 * (the client paces them), and a human can play on through them.
 */
async function autoGameAgainstAi(browser, base) {
  const dave = await login(browser, base, 'dave');
  const p = dave.page;
  await p.click('[data-test=new-game-button]');
  await p.waitForSelector('[data-test=new-game] select[name=home-team] option', { state: 'attached' });
  await p.selectOption('[data-test=new-game] select[name=mode]', 'auto');
  await p.click('[data-test=new-game] input[name=away-seat][value=me]', { force: true });
  await p.click('[data-test=new-game] input[name=home-seat][value=ai]', { force: true });
  await p.click('[data-test=create-game]');
  await p.waitForURL(/\/games\/[0-9a-f-]{36}$/);
  await p.click('[data-test=auto-lineup]');
  await p.waitForSelector('[data-test=action-panel]', { timeout: STEP_MS });
  // Dave bats first: the AI's defensive call for the first batter comes with its reason.
  const reason = await p.waitForSelector('[data-test=ai-reason]', { timeout: STEP_MS });
  const first = (await reason.textContent())?.trim() ?? '';
  assert.match(first, /\(AI\)/, `the AI reason does not say who decided: ${first}`);
  const plan = { i: 0 };
  for (let played = 0; played < 3; ) {
    const did = await step([dave], plan);
    if (did === null) {
      const v = await version(p);
      await waitVersionAbove(p, v);
      continue;
    }
    played = (await feedPlays(p)).length;
  }
  const reasons = await p.$$eval('[data-test=feed-note], [data-test=play-reason]', (els) => els.map((e) => e.textContent?.trim()));
  assert.ok(reasons.some((r) => /\(AI\)/.test(r ?? '')), 'no AI reason reached the play-by-play');
  await shoot(p, 'auto-vs-ai-1280.png');
  await dave.ctx.close();
  console.log(`auto game against the AI: 3 plays; first AI call "${first}"`);
}

async function main() {
  mkdirSync(shots, { recursive: true });
  console.log(`screenshots: ${shots}`);
  const tmp = mkdtempSync(join(tmpdir(), 'dugout-e2e-'));
  let server = null;
  let browser = null;
  const t0 = Date.now();
  try {
    if (process.env.E2E_BASE_URL) server = { url: process.env.E2E_BASE_URL, stop: async () => {} };
    else server = await startServer(tmp);
    const base = server.url;
    console.log(`server: ${base}`);
    browser = await launch();

    // Two managers and a spectator, each in their own browser context (own cookies).
    const alice = await login(browser, base, 'alice');
    const bob = await login(browser, base, 'bob');
    const carol = await login(browser, base, 'carol');

    // Bob keeps the games list open in a second window for the whole run: it must follow the new
    // game and its score by itself (game_listed), without a reload or a new REST read. (A window of
    // its own: a background tab would not render, and its checks would crawl.)
    const bobList = (await login(browser, base, 'bob')).page;
    await bobList.click('[data-test=filter-all]');
    await bobList.waitForSelector('[data-test=games][data-live=true]', { timeout: STEP_MS });
    await bobList.waitForFunction(() => !document.querySelector('[data-test=games]')?.classList.contains('loading'));
    await bobList.evaluate(() => {
      window.__sameDocument = true;
    });
    const listReads = [];
    bobList.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/games') listReads.push(r.url());
    });

    // Alice creates a game: she manages home, away is open.
    // Alice creates a game: she manages home, away is open.
    await alice.page.click('[data-test=new-game-button]');
    await alice.page.waitForSelector('[data-test=new-game] select[name=home-team] option', { state: 'attached' });
    await alice.page.selectOption('[data-test=new-game] select[name=mode]', MODE);
    await alice.page.click('[data-test=new-game] input[name=home-seat][value=me]', { force: true });
    await alice.page.click('[data-test=new-game] input[name=away-seat][value=open]', { force: true });
    await alice.page.setViewportSize({ width: 390, height: 844 });
    await shoot(alice.page, 'new-game-390.png');
    await alice.page.setViewportSize({ width: 1280, height: 900 });
    await alice.page.click('[data-test=create-game]');
    await alice.page.waitForURL(/\/games\/[0-9a-f-]{36}$/);
    const gameUrl = alice.page.url();
    const gameId = gameUrl.split('/').pop();
    await alice.page.waitForSelector('[data-test=share-link]');
    const share = await alice.page.inputValue('[data-test=share-link]');
    assert.match(share, new RegExp(`/games/${gameId}\\?claim=away$`));
    console.log(`game ${gameId} created; share link ${share}`);

    // The lobby updates live: Bob's list window gets the new game without a reload.
    await bobList.waitForSelector(`[data-test=game-card][data-game-id="${gameId}"]`, { timeout: STEP_MS });
    console.log("Bob's open list showed the new game live");

    // Bob follows the link and claims the away seat; Carol opens the game to watch.
    await bob.page.goto(share.replace(/^https?:\/\/[^/]+/, ''));
    await bob.page.click('[data-test=seat-away] [data-test=claim]');
    await bob.page.waitForSelector('[data-test=game-screen][data-my-side=away]', { timeout: STEP_MS });
    await alice.page.waitForSelector('[data-test=seat-away]:has-text("bob")', { timeout: STEP_MS });
    await carol.page.goto(`/games/${gameId}`);
    await carol.page.waitForSelector('[data-test=pregame]');

    // Lineups: Alice submits the drafted card; Bob lets the server pick.
    await alice.page.waitForSelector('[data-test=submit-lineup]:not([disabled])', { timeout: STEP_MS });
    await shoot(alice.page, 'pregame-1280.png');
    await bob.page.setViewportSize({ width: 390, height: 844 });
    await shoot(bob.page, 'pregame-390.png');
    await bob.page.setViewportSize({ width: 1280, height: 900 });
    await alice.page.click('[data-test=submit-lineup]');
    await alice.page.waitForSelector('[data-test=lineup-done]', { timeout: STEP_MS });
    await bob.page.click('[data-test=auto-lineup]');
    for (const p of [alice.page, bob.page, carol.page]) {
      await p.waitForSelector('[data-test=action-panel]', { timeout: STEP_MS });
    }
    console.log('lineups in; game on');
    await carol.page.waitForSelector('[data-test=spectating]');

    // Play through the UI until the top of the 2nd (a full inning: both halves).
    const plan = { i: 0 };
    let steps = 0;
    let shotTaken = false;
    let raced = false;
    let pinchHitter = null;
    for (;;) {
      const label = (await alice.page.textContent('[data-test=inning-label]'))?.trim();
      if (label === 'Top 2' || label?.startsWith('Final')) break;
      assert.ok(steps < 200, 'the first inning took more than 200 steps');
      if (!shotTaken && MODE === 'manual' && (await alice.page.isVisible('[data-test=outcome-picker]'))) {
        await shoot(alice.page, 'game-picker-1280.png');
        await alice.page.setViewportSize({ width: 390, height: 844 });
        await shoot(alice.page, 'game-picker-390.png');
        await alice.page.setViewportSize({ width: 1280, height: 900 });
        shotTaken = true;
      }
      if (!raced && (await alice.page.isVisible('[data-test=roll]')) && (await bob.page.isVisible('[data-test=roll]'))) {
        // Both managers press Roll at once: one roll happens, the other is refused with the
        // server's message shown (both were stamped with the same expected_version).
        raced = true;
        // Both buttons enabled first: a manager's previous action may still await its ack.
        for (const p of [alice.page, bob.page]) await p.waitForSelector('[data-test=roll]:not([disabled])', { timeout: STEP_MS });
        const before = await version(alice.page);
        const pressed = await Promise.all(
          [alice.page, bob.page].map((p) =>
            p.evaluate(() => {
              const b = document.querySelector('[data-test=roll]:not([disabled])');
              b?.click();
              return b !== null;
            }),
          ),
        );
        await waitVersionAbove(alice.page, before);
        if (!pressed.every(Boolean)) {
          console.log('  (one Roll button was gone before the second press; no race this time)');
          continue;
        }
        const loser = await Promise.any(
          [alice, bob].map((m) => m.page.waitForSelector('[data-test=refusal]', { timeout: STEP_MS }).then(() => m)),
        );
        const text = (await loser.page.textContent('[data-test=refusal] span'))?.trim();
        assert.ok(text && text.length > 0, 'the refusal shows no message');
        await loser.page.click('[data-test=refusal] button');
        assert.equal(await version(alice.page), before + 1, 'two rolls were taken for one press each');
        console.log(`  both rolled at once: ${loser.name} was refused ("${text}")`);
        continue;
      }
      if (pinchHitter === null) {
        for (const m of [alice, bob]) {
          const up = await m.page.evaluate(() => {
            const screen = document.querySelector('[data-test=game-screen]');
            const between = ['awaiting_defensive', 'awaiting_offensive', 'awaiting_roll'].includes(screen?.getAttribute('data-phase') ?? '');
            const batting = screen?.getAttribute('data-my-side') === screen?.getAttribute('data-batting-side');
            return between && batting && document.querySelector('[data-test=batter]')?.getAttribute('data-position') === 'DH';
          });
          if (up) {
            pinchHitter = await pinchHit(m, [alice.page, bob.page, carol.page]);
            console.log(`  ${pinchHitter}`);
            break;
          }
        }
        if (pinchHitter !== null) continue;
      }
      const did = await step([alice, bob], plan);
      if (did === null) {
        // Nobody can act: an AI or the server is resolving; wait for the next version.
        const v = await version(alice.page);
        await waitVersionAbove(alice.page, v);
        continue;
      }
      steps += 1;
      console.log(`  ${(await alice.page.textContent('[data-test=inning-label]'))?.trim()}: ${did}`);
    }

    // Every page shows the same plays, the spectator's included.
    const finalVersion = await version(alice.page);
    for (const p of [bob.page, carol.page]) {
      await p.waitForFunction((v) => Number(document.querySelector('[data-test=game-screen]')?.getAttribute('data-version')) >= v, finalVersion, { timeout: STEP_MS });
    }
    const [a, b, c] = [await feedPlays(alice.page), await feedPlays(bob.page), await feedPlays(carol.page)];
    assert.ok(a.length >= 6, `expected at least six plays in a full inning, saw ${a.length}`);
    assert.deepEqual(c, a, 'the spectator saw a different play list');
    assert.deepEqual(b, a, 'the two managers saw different play lists');
    assert.deepEqual(a, Array.from({ length: a.length }, (_, i) => i + 1), 'play numbers have gaps');
    assert.equal(await carol.page.isVisible('[data-test=roll]'), false, 'the spectator was offered the roll');
    const runs = [await alice.page.textContent('[data-test=runs-away]'), await carol.page.textContent('[data-test=runs-away]')];
    assert.equal(runs[0], runs[1], 'spectator scoreboard differs');
    assert.ok(pinchHitter !== null, 'no DH came up in the first inning, so no pinch hitter was sent');
    console.log(`played ${a.length} plays in ${steps} UI steps; spectator saw all of them`);

    // Bob's list window followed the game: its card shows the inning and score the game screen shows.
    const [label, awayRuns, homeRuns] = await Promise.all(
      ['[data-test=inning-label]', '[data-test=runs-away]', '[data-test=runs-home]'].map(async (sel) => (await alice.page.textContent(sel))?.trim()),
    );
    const liveCard = `[data-test=game-card][data-game-id="${gameId}"]`;
    await bobList.waitForFunction(
      ([sel, want]) => {
        const card = document.querySelector(sel);
        const got = [card?.querySelector('.gc-inning')?.textContent?.trim(), ...[...(card?.querySelectorAll('.gc-score') ?? [])].map((e) => e.textContent?.trim())];
        return JSON.stringify(got) === JSON.stringify(want);
      },
      [liveCard, [label, awayRuns, homeRuns]],
      { timeout: STEP_MS },
    );
    if (MODE === 'manual') assert.notEqual(`${awayRuns}-${homeRuns}`, '0-0', 'the planned home run did not score');
    assert.equal(await bobList.evaluate(() => window.__sameDocument), true, "Bob's list window was reloaded");
    assert.deepEqual(listReads, [], "Bob's list window read /api/games again instead of following game_listed");
    console.log(`Bob's list window followed the game live: ${label}, ${awayRuns}-${homeRuns}`);

    // Connection loss: stop the server, every page shows the banner; start it again on the same
    // database and port, the managers' pages resume by themselves and the game goes on. Carol's
    // browser stays offline meanwhile, so when she comes back the game has moved on without her:
    // her page must clear the banner and show the current state (version and plays), unreloaded.
    if (server.restartable) {
      await carol.page.evaluate(() => {
        window.__sameDocument = true;
      });
      await carol.ctx.setOffline(true);
      await server.stop();
      for (const p of [alice.page, bob.page, carol.page]) await p.waitForSelector('[data-test=offline-banner]', { timeout: STEP_MS });
      await shoot(carol.page, 'offline-1280.png');
      server = await startServer(tmp, server.port);
      for (const p of [alice.page, bob.page]) {
        await p.waitForSelector('[data-test=offline-banner]', { state: 'detached', timeout: 30_000 });
      }
      const carolBefore = await version(carol.page);
      const resumed = await step([alice, bob], plan);
      assert.ok(resumed, 'no manager could act after the reconnect');
      const v = await version(alice.page);
      await bob.page.waitForFunction((min) => Number(document.querySelector('[data-test=game-screen]')?.getAttribute('data-version')) >= min, v, { timeout: STEP_MS });
      assert.ok(await carol.page.isVisible('[data-test=offline-banner]'), "the offline spectator's banner went away while she was offline");
      assert.ok(carolBefore < v, 'the game did not move on while the spectator was offline');
      await carol.ctx.setOffline(false);
      await carol.page.waitForSelector('[data-test=offline-banner]', { state: 'detached', timeout: 30_000 });
      await carol.page.waitForFunction((min) => Number(document.querySelector('[data-test=game-screen]')?.getAttribute('data-version')) >= min, v, { timeout: STEP_MS });
      await carol.page.waitForFunction(
        (want) => JSON.stringify([...document.querySelectorAll('[data-test=feed-play]')].map((e) => Number(e.getAttribute('data-play-no'))).sort((x, y) => x - y)) === want,
        JSON.stringify(await feedPlays(alice.page)),
        { timeout: STEP_MS },
      );
      assert.equal(await carol.page.evaluate(() => window.__sameDocument), true, "the spectator's page was reloaded");
      console.log(`server restarted; managers resumed and play went on (${resumed}); the spectator came back at version ${v} from ${carolBefore}`);
    }

    // Screenshots for review: the game and the list at both widths.
    await shoot(alice.page, 'game-1280.png');
    await carol.page.setViewportSize({ width: 390, height: 844 });
    await shoot(carol.page, 'game-spectator-390.png');
    await bob.page.setViewportSize({ width: 390, height: 844 });
    await shoot(bob.page, 'game-390.png');
    await bob.page.click('[data-test=tab-box]');
    await bob.page.waitForSelector('[data-test=box-score] table');
    await shoot(bob.page, 'game-box-390.png');
    await alice.page.click('[data-test=tab-lineups]');
    await alice.page.waitForSelector('[data-test=lineups] .order li');
    await shoot(alice.page, 'game-lineups-1280.png');
    await alice.page.goto('/games');
    await alice.page.waitForSelector(`[data-test=game-card][data-game-id="${gameId}"]`);
    const card = await alice.page.textContent(`[data-test=game-card][data-game-id="${gameId}"]`);
    assert.match(card ?? '', /Top 2|Final/, 'the list shows the inning');
    await shoot(alice.page, 'list-1280.png');
    await alice.page.setViewportSize({ width: 390, height: 844 });
    await shoot(alice.page, 'list-390.png');
    await autoGameAgainstAi(browser, base);

    await alice.page.goto('/');
    await alice.page.waitForURL('**/games');

    // Logout ends the session on the server: the old cookie no longer works.
    const oldCookies = await alice.ctx.cookies();
    await alice.page.click('[data-test=logout]');
    await alice.page.waitForURL((u) => u.pathname === '/');
    assert.equal((await alice.page.request.get('/api/auth/me')).status(), 401);
    const replay = await browser.newContext({ baseURL: base });
    await replay.addCookies(oldCookies);
    assert.equal((await replay.request.get('/api/auth/me')).status(), 401, 'the old session cookie still works after logout');
    await replay.close();
    await alice.page.goto('/games');
    await alice.page.waitForURL((u) => u.pathname === '/');
    const fresh = await browser.newContext({ baseURL: base, viewport: { width: 390, height: 844 } });
    const lp = await fresh.newPage();
    await lp.goto('/');
    await lp.waitForSelector('[data-test=local-login]');
    await shoot(lp, 'home-390.png');
    await fresh.close();
    console.log('logout ended the session');

    console.log(`e2e finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    console.log('e2e: 1 passed, 0 failed');
  } catch (e) {
    console.error(e);
    console.log('e2e: 0 passed, 1 failed');
    process.exitCode = 1;
  } finally {
    await browser?.close();
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
