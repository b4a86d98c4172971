import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AI_PACE_MS, GameCtrl, refusalText } from '../../src/game/ctrl';
import { Connection, Refused } from '../../src/socket/connection';
import type { Play } from '../../src/protocol';
import { FakeTransport, settle } from './fake-transport';
import { gameState } from './fixtures';

function play(n: number): Play {
  return { play_no: n, inning: 1, half: 'top', description: `play ${n}`, outcome: 'STRIKEOUT' } as Play;
}

beforeEach(() => {
  // REST calls have no server here: every fetch fails like a network error.
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('no network in unit tests')));
});
afterEach(() => vi.unstubAllGlobals());

function setup() {
  const t = new FakeTransport();
  t.goOnline();
  const conn = new Connection(t, { newActionId: () => 'id' });
  const me = { id: 'local:alice', name: 'alice', avatar_url: null, teams: [] };
  const ctrl = new GameCtrl(conn, 'g1', me);
  ctrl.start();
  return { t, ctrl };
}

describe('game controller', () => {
  it('applies server events idempotently', async () => {
    const { t, ctrl } = setup();
    const g = gameState({ version: 3 });
    t.serverEmit('game_state', { game_id: 'g1', state: g });
    const after = gameState({ version: 4, outs: 1 });
    const event = { game_id: 'g1', play: play(1), reason: null, state: after };
    t.serverEmit('play_resolved', event);
    t.serverEmit('play_resolved', event);
    await settle();
    expect(ctrl.state.plays.map((p) => p.play_no)).toEqual([1]);
    expect(ctrl.state.game?.outs).toBe(1);
    expect(ctrl.state.game?.version).toBe(4);
  });

  it('shows an AI reason and keeps it in the feed', () => {
    const { t, ctrl } = setup();
    const g = gameState({ version: 1, home: { ...gameState().home, is_ai: true } });
    t.serverEmit('game_state', { game_id: 'g1', state: g });
    t.serverEmit('decision_submitted', { game_id: 'g1', side: 'home', kind: 'defensive', reason: 'infield in: tying run on 3rd', state: gameState({ version: 2 }) });
    expect(ctrl.state.aiReason).toBe('NYY (AI) defensive: infield in: tying run on 3rd');
    expect(ctrl.state.notes.map((n) => n.text)).toEqual(['NYY (AI) defensive: infield in: tying run on 3rd']);
  });

  it('knows which side the viewer manages', () => {
    const { t, ctrl } = setup();
    const base = gameState();
    expect(ctrl.mySide).toBeNull();
    t.serverEmit('game_state', { game_id: 'g1', state: gameState({ version: 1, away: { ...base.away, manager: { id: 'local:alice', name: 'alice' } } }) });
    expect(ctrl.mySide).toBe('away');
  });

  it('shows a refused action with the server message', async () => {
    const { t, ctrl } = setup();
    t.serverEmit('game_state', { game_id: 'g1', state: gameState({ version: 1 }) });
    const done = ctrl.roll();
    await settle();
    t.last('roll_dice').reply({ ok: false, error: { code: 'wrong_phase', message: 'not while awaiting the defense' }, version: 1 });
    await done;
    expect(ctrl.state.error).toBe('not while awaiting the defense');
    expect(ctrl.state.busy).toBe(false);
  });

  it('rolls a bunt after a bunt decision', async () => {
    const { t, ctrl } = setup();
    t.serverEmit('game_state', { game_id: 'g1', state: gameState({ version: 1, phase: 'awaiting_roll', offensive_decision: { action: 'sac_bunt' } }) });
    void ctrl.roll();
    await settle();
    expect(t.last('roll_dice').payload.roll_type).toBe('bunt');
  });

  it('explains a stale refusal', () => {
    expect(refusalText(new Refused({ code: 'stale_version', message: 'version 7' }))).toMatch(/moved on/);
    expect(refusalText(new Refused({ code: 'forbidden', message: 'not your team' }))).toBe('not your team');
  });
});

describe('what the game screen shows', () => {
  it('shows the pending roll first, then the newest rolled, then the last play’s at-bat roll', async () => {
    const { rollToShow, aiLabel } = await import('../../src/game/ctrl');
    const ab = { roll_id: 'p', roll_type: 'ab', rolled_by: 'u', d6_column: 1, d6_a: 1, d6_b: 1, row: 2, d20: 1, card: 'batter', check: null, check_d20: null } as const;
    const loc = { roll_id: 'l', roll_type: 'location', rolled_by: 'server', dice: { d20: 4 } } as const;
    expect(rollToShow(gameState({ pending_roll: ab }), loc)?.roll_id).toBe('p');
    expect(rollToShow(gameState(), loc)?.roll_id).toBe('l');
    const last = { ...play(1), rolls: [loc, { ...ab, roll_id: 'x' }] } as Play;
    expect(rollToShow(gameState({ last_play: last }), null)?.roll_id).toBe('x');
    expect(rollToShow(null, null)).toBeNull();
    const g = gameState();
    expect(aiLabel({ ...g, away: { ...g.away, is_ai: true } }, 'home')).toBe('BOS (AI)');
  });
});

describe('AI reasons that come with a play', () => {
  it('are kept with the play, not as a loose note', () => {
    const { t, ctrl } = setup();
    const base = gameState();
    const g = gameState({ version: 1, away: { ...base.away, is_ai: true } });
    t.serverEmit('game_state', { game_id: 'g1', state: g });
    t.serverEmit('play_resolved', { game_id: 'g1', play: play(1), reason: 'send him: 85% beats 70%', state: gameState({ version: 2, away: g.away }) });
    expect(ctrl.state.playReasons[1]).toBe('BOS (AI): send him: 85% beats 70%');
    expect(ctrl.state.notes).toEqual([]);
  });
});

describe('pace of an auto game against the AI', () => {
  afterEach(() => vi.useRealTimers());

  it("shows the AI's call alone for a moment, then the play, in order", () => {
    vi.useFakeTimers();
    const { t, ctrl } = setup();
    const base = gameState();
    const home = { ...base.home, is_ai: true };
    t.serverEmit('game_state', { game_id: 'g1', state: gameState({ version: 1, mode: 'auto', home }) });
    t.serverEmit('decision_submitted', { game_id: 'g1', side: 'home', kind: 'defensive', reason: 'infield back', state: gameState({ version: 2, mode: 'auto', home, phase: 'awaiting_offensive', waiting_for: 'away' }) });
    t.serverEmit('play_resolved', { game_id: 'g1', play: play(1), reason: null, state: gameState({ version: 3, mode: 'auto', home, outs: 1 }) });
    expect(ctrl.state.game?.version).toBe(2);
    expect(ctrl.state.aiReason).toBe('NYY (AI) defensive: infield back');
    expect(ctrl.state.catchingUp).toBe(true);
    vi.advanceTimersByTime(AI_PACE_MS - 1);
    expect(ctrl.state.game?.version).toBe(2);
    vi.advanceTimersByTime(1);
    expect(ctrl.state.game?.version).toBe(3);
    expect(ctrl.state.plays.map((p) => p.play_no)).toEqual([1]);
    expect(ctrl.state.catchingUp).toBe(false);
  });

  it('does not hold a game between two humans, and catches up when far behind', () => {
    vi.useFakeTimers();
    const { t, ctrl } = setup();
    t.serverEmit('game_state', { game_id: 'g1', state: gameState({ version: 1 }) });
    t.serverEmit('play_resolved', { game_id: 'g1', play: play(1), reason: null, state: gameState({ version: 2 }) });
    t.serverEmit('play_resolved', { game_id: 'g1', play: play(2), reason: null, state: gameState({ version: 3 }) });
    expect(ctrl.state.game?.version).toBe(3);

    const base = gameState();
    const away = { ...base.away, is_ai: true };
    const home = { ...base.home, is_ai: true };
    for (let v = 4; v <= 12; v += 1) {
      t.serverEmit('play_resolved', { game_id: 'g1', play: play(v - 1), reason: 'ai', state: gameState({ version: v, away, home }) });
    }
    // Seven waiting behind the first beat: all shown at once; the next one is paced again.
    expect(ctrl.state.game?.version).toBe(11);
    vi.advanceTimersByTime(AI_PACE_MS);
    expect(ctrl.state.game?.version).toBe(12);
    expect(ctrl.state.plays).toHaveLength(11);
  });
});

describe('box score before the game starts', () => {
  it('a box score without batting orders (pregame) counts as none', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response(JSON.stringify({ game_id: 'g1', line_score: { home: [], away: [] } }), { status: 200, headers: { 'content-type': 'application/json' } })),
    );
    const t = new FakeTransport();
    t.goOnline();
    const ctrl = new GameCtrl(new Connection(t), 'g1', null);
    await ctrl.loadBoxScore();
    expect(ctrl.state.boxScore).toBeNull();
  });
});
