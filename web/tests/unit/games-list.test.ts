import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyItem, matchesFilter, withPage } from '../../src/games/list';
import { GamesCtrl } from '../../src/games/ctrl';
import { Connection } from '../../src/socket/connection';
import type { GameListItem } from '../../src/protocol';
import { FakeTransport, settle } from './fake-transport';

function item(id: string, updated: string, over: Partial<GameListItem> = {}): GameListItem {
  const t = { team_id: 1, abbrev: 'A', lname: 'A team', color: '000000', score: 0 };
  return {
    game_id: id, league_id: 'mlb2023', status: 'active', mode: 'auto', phase: 'awaiting_defensive', waiting_for: 'home',
    home: t, away: t, inning: 1, half: 'top', inning_label: 'Top 1', updated_at: updated, my_side: null, ...over,
  };
}

const ids = (items: GameListItem[]) => items.map((i) => i.game_id);

describe('games list reducer', () => {
  it('replaces a game in place and re-sorts newest first', () => {
    const list = [item('a', '2026-01-01T10:00:00Z'), item('b', '2026-01-01T09:00:00Z')];
    const merged = applyItem(list, item('b', '2026-01-01T11:00:00Z', { inning_label: 'Top 2' }), 'all');
    expect(ids(merged)).toEqual(['b', 'a']);
    expect(merged[0]!.inning_label).toBe('Top 2');
    expect(merged).toHaveLength(2);
  });
  it('inserts a new game at its place', () => {
    const list = [item('a', '2026-01-01T10:00:00Z'), item('b', '2026-01-01T09:00:00Z')];
    expect(ids(applyItem(list, item('c', '2026-01-01T09:30:00Z'), 'all'))).toEqual(['a', 'c', 'b']);
    expect(ids(applyItem(list, item('d', '2026-01-01T12:00:00Z'), 'all'))).toEqual(['d', 'a', 'b']);
  });
  it('compares times, not strings, whatever the fractional digits', () => {
    const list = [item('a', '2026-01-01T10:00:00.9Z')];
    expect(ids(applyItem(list, item('b', '2026-01-01T10:00:00.123Z'), 'all'))).toEqual(['a', 'b']);
  });
  it('ignores an item older than the one shown', () => {
    const list = [item('a', '2026-01-01T10:00:05Z', { inning_label: 'Top 3' })];
    const same = applyItem(list, item('a', '2026-01-01T10:00:00Z', { inning_label: 'Top 2' }), 'all');
    expect(same[0]!.inning_label).toBe('Top 3');
  });
  it('takes an item with the same time (events arrive in order)', () => {
    const list = [item('a', '2026-01-01T10:00:00Z', { inning_label: 'Top 2' })];
    expect(applyItem(list, item('a', '2026-01-01T10:00:00Z', { inning_label: 'Top 3' }), 'all')[0]!.inning_label).toBe('Top 3');
  });
  it('respects the filter: a game that no longer matches leaves, one that never did stays out', () => {
    const list = [item('a', '2026-01-01T10:00:00Z'), item('b', '2026-01-01T09:00:00Z')];
    const ended = applyItem(list, item('a', '2026-01-01T11:00:00Z', { status: 'completed', inning_label: 'Final' }), 'active');
    expect(ids(ended)).toEqual(['b']);
    expect(applyItem(ended, item('p', '2026-01-01T12:00:00Z', { status: 'pending' }), 'active')).toBe(ended);
    expect(ids(applyItem([], item('m', '2026-01-01T12:00:00Z', { my_side: 'away' }), 'mine'))).toEqual(['m']);
    expect(applyItem([], item('n', '2026-01-01T12:00:00Z'), 'mine')).toEqual([]);
  });
  it('a page loaded while live items arrived keeps the newer live ones', () => {
    const page = [item('a', '2026-01-01T10:00:00Z', { inning_label: 'Top 1' }), item('b', '2026-01-01T09:00:00Z')];
    const live = [item('a', '2026-01-01T10:05:00Z', { inning_label: 'Top 2' }), item('c', '2026-01-01T10:06:00Z')];
    const items = withPage(page, live, 'all');
    expect(ids(items)).toEqual(['c', 'a', 'b']);
    expect(items[1]!.inning_label).toBe('Top 2');
  });
  it('filters', () => {
    expect(matchesFilter(item('a', 'x', { my_side: 'home' }), 'mine')).toBe(true);
    expect(matchesFilter(item('a', 'x'), 'mine')).toBe(false);
    expect(matchesFilter(item('a', 'x', { status: 'completed' }), 'completed')).toBe(true);
    expect(matchesFilter(item('a', 'x', { status: 'completed' }), 'active')).toBe(false);
    expect(matchesFilter(item('a', 'x', { status: 'pending' }), 'all')).toBe(true);
  });
});

describe('games list controller', () => {
  let pages: GameListItem[][];
  beforeEach(() => {
    pages = [];
    vi.stubGlobal('fetch', () => {
      const games = pages.shift() ?? [];
      return Promise.resolve(new Response(JSON.stringify({ games, next_cursor: null }), { status: 200, headers: { 'content-type': 'application/json' } }));
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('joins the lobby, applies game_listed live and reloads after every re-join', async () => {
    const t = new FakeTransport();
    t.goOnline();
    const ctrl = new GamesCtrl(new Connection(t));
    pages.push([item('a', '2026-01-01T10:00:00Z')]);
    await ctrl.start('all');
    expect(ids(ctrl.state.items)).toEqual(['a']);
    expect(ctrl.state.live).toBe(false);

    pages.push([item('a', '2026-01-01T10:00:00Z')]);
    t.last('join_lobby').reply({ ok: true });
    await settle();
    expect(ctrl.state.live).toBe(true);

    t.serverEmit('game_listed', { item: item('b', '2026-01-01T10:01:00Z', { my_side: 'away' }) });
    expect(ids(ctrl.state.items)).toEqual(['b', 'a']);
    t.serverEmit('game_listed', { item: item('a', '2026-01-01T10:02:00Z', { inning_label: 'Bot 1' }) });
    expect(ids(ctrl.state.items)).toEqual(['a', 'b']);
    expect(ctrl.state.items[0]!.inning_label).toBe('Bot 1');

    // Offline: whatever changed meanwhile came as no event; the re-join reloads the page.
    t.goOffline();
    expect(ctrl.state.live).toBe(false);
    pages.push([item('c', '2026-01-01T11:00:00Z'), item('a', '2026-01-01T10:02:00Z'), item('b', '2026-01-01T10:01:00Z')]);
    t.goOnline();
    t.last('join_lobby').reply({ ok: true });
    await settle();
    expect(ids(ctrl.state.items)).toEqual(['c', 'a', 'b']);
    expect(t.named('join_lobby')).toHaveLength(2);

    ctrl.stop();
    expect(t.last('leave_lobby').payload).toEqual({});
  });

  it('a refused lobby join leaves the list on REST only', async () => {
    const t = new FakeTransport();
    t.goOnline();
    const ctrl = new GamesCtrl(new Connection(t));
    pages.push([item('a', '2026-01-01T10:00:00Z', { my_side: 'home' })]);
    await ctrl.start('mine');
    t.last('join_lobby').reply({ ok: false, error: { code: 'invalid_payload', message: 'unknown event' } });
    await settle();
    expect(ctrl.state.live).toBe(false);
    expect(ids(ctrl.state.items)).toEqual(['a']);
    expect(t.named('join_lobby')).toHaveLength(1);
  });
});
