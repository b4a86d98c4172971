import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Connection, Refused, Undelivered } from '../../src/socket/connection';
import type { StateEvent } from '../../src/protocol';
import { FakeTransport, settle } from './fake-transport';
import { gameState } from './fixtures';

function setup(opts: { online?: boolean } = {}) {
  const t = new FakeTransport();
  let n = 0;
  const conn = new Connection(t, { ackTimeoutMs: 1000, maxAttempts: 3, busyBackoffMs: 100, newActionId: () => `a${++n}` });
  if (opts.online !== false) t.goOnline();
  const seen: { event: StateEvent; version: number }[] = [];
  const ch = conn.joinGame('g1', {
    onEvent: (event, payload) => seen.push({ event, version: (payload as { state: { version: number } }).state.version }),
  });
  return { t, conn, ch, seen };
}

function state(version: number) {
  return { game_id: 'g1', state: gameState({ version }) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('joining', () => {
  it('joins on connect and again after every reconnect', async () => {
    const { t } = setup({ online: false });
    expect(t.named('join_game')).toHaveLength(0);
    t.goOnline();
    expect(t.named('join_game')).toHaveLength(1);
    t.goOffline();
    t.goOnline();
    expect(t.named('join_game')).toHaveLength(2);
    expect(t.last('join_game').payload).toEqual({ game_id: 'g1' });
  });

  it('reports a refused login as unauthenticated', () => {
    const { t, conn } = setup({ online: false });
    const statuses: string[] = [];
    conn.onStatusChange((s) => statuses.push(s));
    t.refuseConnect('not_authenticated');
    expect(conn.status).toBe('unauthenticated');
    expect(statuses).toEqual(['unauthenticated']);
  });
});

describe('versions', () => {
  it('delivers events of the same change and drops older ones', () => {
    const { t, seen } = setup();
    t.serverEmit('game_state', state(4));
    t.serverEmit('dice_rolled', state(5));
    t.serverEmit('play_resolved', state(5));
    t.serverEmit('decision_submitted', state(3));
    expect(seen).toEqual([
      { event: 'game_state', version: 4 },
      { event: 'dice_rolled', version: 5 },
      { event: 'play_resolved', version: 5 },
    ]);
  });

  it('answers a gap with a re-join instead of applying a partial story', () => {
    const { t, seen, ch } = setup();
    t.serverEmit('game_state', state(4));
    const joins = t.named('join_game').length;
    t.serverEmit('play_resolved', state(7));
    expect(seen.map((s) => s.version)).toEqual([4]);
    expect(t.named('join_game')).toHaveLength(joins + 1);
    t.serverEmit('game_state', state(7));
    expect(ch.version).toBe(7);
    expect(seen.map((s) => s.version)).toEqual([4, 7]);
  });

  it('ignores events of other games', () => {
    const { t, seen } = setup();
    t.serverEmit('game_state', { game_id: 'other', state: gameState({ version: 9 }) });
    expect(seen).toEqual([]);
  });
});

describe('actions', () => {
  it('stamps an action id and the version it was decided on', async () => {
    const { t, ch } = setup();
    t.serverEmit('game_state', state(4));
    const p = ch.send('roll_dice', { game_id: 'g1', roll_type: 'ab' });
    await settle();
    const sent = t.last('roll_dice');
    expect(sent.payload).toEqual({ game_id: 'g1', roll_type: 'ab', action_id: 'a1', expected_version: 4 });
    sent.reply({ ok: true, version: 5 });
    await expect(p).resolves.toBe(5);
  });

  it('resends the same action id after the connection drops mid-action', async () => {
    const { t, ch } = setup();
    t.serverEmit('game_state', state(2));
    const p = ch.send('submit_runner_decision', { game_id: 'g1', send: true });
    await settle();
    expect(t.named('submit_runner_decision')).toHaveLength(1);
    t.goOffline();
    await settle();
    expect(t.named('submit_runner_decision')).toHaveLength(1);
    t.goOnline();
    await settle();
    const resent = t.named('submit_runner_decision');
    expect(resent).toHaveLength(2);
    expect(resent[1]!.payload).toEqual(resent[0]!.payload);
    resent[1]!.reply({ ok: true, version: 3 });
    await expect(p).resolves.toBe(3);
  });

  it('waits for the connection before sending', async () => {
    const { t, ch } = setup({ online: false });
    const p = ch.send('roll_dice', { game_id: 'g1', roll_type: 'ab' });
    await settle();
    expect(t.named('roll_dice')).toHaveLength(0);
    t.goOnline();
    await settle();
    t.last('roll_dice').reply({ ok: true, version: 1 });
    await expect(p).resolves.toBe(1);
  });

  it('retries an unanswered action and gives up after the limit', async () => {
    const { t, ch } = setup();
    const p = ch.send('roll_dice', { game_id: 'g1', roll_type: 'ab' });
    const outcome = p.catch((e: unknown) => e);
    for (let i = 0; i < 3; i += 1) {
      await settle();
      t.last('roll_dice').timeOut();
    }
    await settle();
    expect(await outcome).toBeInstanceOf(Undelivered);
    const ids = new Set(t.named('roll_dice').map((s) => s.payload.action_id));
    expect(ids).toEqual(new Set(['a1']));
  });

  it('shows a refusal with the server message and does not retry it', async () => {
    const { t, ch } = setup();
    const p = ch.send('submit_offensive_decision', { game_id: 'g1', decision: { action: 'squeeze_bunt' } });
    const outcome = p.catch((e: unknown) => e);
    await settle();
    t.last('submit_offensive_decision').reply({ ok: false, error: { code: 'invalid_decision', message: 'no runner on 3rd' }, version: 4 });
    const err = await outcome;
    expect(err).toBeInstanceOf(Refused);
    expect((err as Refused).code).toBe('invalid_decision');
    expect((err as Refused).message).toBe('no runner on 3rd');
    expect(t.named('submit_offensive_decision')).toHaveLength(1);
  });

  it('retries busy after a pause with the same action id', async () => {
    const { t, ch } = setup();
    const p = ch.send('roll_dice', { game_id: 'g1', roll_type: 'ab' });
    await settle();
    t.last('roll_dice').reply({ ok: false, error: { code: 'busy', message: 'try again' } });
    await settle();
    expect(t.named('roll_dice')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    await settle();
    const sent = t.named('roll_dice');
    expect(sent).toHaveLength(2);
    expect(sent[1]!.payload.action_id).toBe(sent[0]!.payload.action_id);
    sent[1]!.reply({ ok: true, version: 1 });
    await expect(p).resolves.toBe(1);
  });

  it('re-joins for a fresh state when the action was stale', async () => {
    const { t, ch } = setup();
    t.serverEmit('game_state', state(4));
    const joins = t.named('join_game').length;
    const p = ch.send('roll_dice', { game_id: 'g1', roll_type: 'ab' });
    const outcome = p.catch((e: unknown) => e);
    await settle();
    t.last('roll_dice').reply({ ok: false, error: { code: 'stale_version', message: 'the game moved on' }, version: 6 });
    expect(await outcome).toBeInstanceOf(Refused);
    expect(t.named('join_game')).toHaveLength(joins + 1);
  });

  it('gives each new action its own id', async () => {
    const { t, ch } = setup();
    void ch.send('roll_dice', { game_id: 'g1', roll_type: 'ab' });
    void ch.send('roll_dice', { game_id: 'g1', roll_type: 'ab' });
    await settle();
    expect(t.named('roll_dice').map((s) => s.payload.action_id)).toEqual(['a1', 'a2']);
  });
});

describe('lobby', () => {
  it('joins the lobby with the first listener, again on reconnect, leaves with the last', () => {
    const { t, conn } = setup();
    const items: string[] = [];
    const off = conn.joinLobby((i) => items.push(i.game_id));
    expect(t.named('join_lobby')).toHaveLength(1);
    t.serverEmit('game_listed', { item: { game_id: 'x' } });
    expect(items).toEqual(['x']);
    t.goOffline();
    t.goOnline();
    expect(t.named('join_lobby')).toHaveLength(2);
    off();
    expect(t.named('leave_lobby')).toHaveLength(1);
  });

  it('says when the join is acknowledged: once per join, at once for a later listener, never after a refusal', async () => {
    const { t, conn } = setup();
    const joined: string[] = [];
    const offA = conn.joinLobby(() => undefined, () => joined.push('a'));
    t.last('join_lobby').reply({ ok: true });
    await settle();
    expect(joined).toEqual(['a']);
    const offB = conn.joinLobby(() => undefined, () => joined.push('b'));
    expect(joined).toEqual(['a', 'b']);
    expect(t.named('join_lobby')).toHaveLength(1);
    t.goOffline();
    t.goOnline();
    t.last('join_lobby').reply({ ok: false, error: { code: 'internal', message: 'x' } });
    await settle();
    expect(joined).toEqual(['a', 'b']);
    t.goOffline();
    t.goOnline();
    t.last('join_lobby').reply({ ok: true });
    await settle();
    expect(joined).toEqual(['a', 'b', 'a', 'b']);
    offA();
    offB();
    expect(t.named('leave_lobby')).toHaveLength(1);
  });

  it('sends a join again when it goes unanswered (an event lost right after the connect)', async () => {
    const { t } = setup();
    expect(t.named('join_game')).toHaveLength(1);
    t.last('join_game').timeOut();
    await settle();
    expect(t.named('join_game')).toHaveLength(2);
    t.last('join_game').reply({ ok: true, version: 3 });
    await settle();
    expect(t.named('join_game')).toHaveLength(2);
  });
});
