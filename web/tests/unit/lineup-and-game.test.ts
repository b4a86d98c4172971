import { describe, expect, it } from 'vitest';
import { draftLineup, draftProblems } from '../../src/rules/lineup';
import { isOpenSeat, sideOf, upsertPlay } from '../../src/game/ctrl';
import type { Play, Player } from '../../src/protocol';
import { gameState } from './fixtures';

function player(id: number, pos: string[], pitcher = false): Player {
  return {
    id, name: `P${id}`, team_id: 1, bats: 'R', throws: 'R', active: true,
    positions: pos.map((p) => ({ pos: p as Player['positions'][number]['pos'], range: 2, error: 5 })),
    running: null, bunting: null, hit_and_run: null,
    ...(pitcher ? { pitching: { endurance: { starter: id, relief: null, closer: null } } } : {}),
  };
}

const roster: Player[] = [
  player(1, ['C']), player(2, ['1B']), player(3, ['2B', 'SS']), player(4, ['3B']), player(5, ['SS']),
  player(6, ['LF']), player(7, ['CF']), player(8, ['RF', 'LF']), player(9, ['1B', 'LF']), player(10, ['C']),
  player(20, ['P'], true), player(26, ['P'], true),
];

describe('lineup draft', () => {
  it('fills every position once, adds a DH, starts the deepest starter', () => {
    const d = draftLineup(roster);
    expect(draftProblems(d, roster)).toEqual([]);
    expect(d.pitcher_id).toBe(26);
    expect(d.order.map((s) => s.position).sort()).toEqual(['1B', '2B', '3B', 'C', 'CF', 'DH', 'LF', 'RF', 'SS']);
  });
  it('lists every problem of a bad card', () => {
    const d = draftLineup(roster);
    d.order[1] = { player_id: d.order[0]!.player_id, position: d.order[0]!.position };
    d.pitcher_id = null;
    const problems = draftProblems(d, roster);
    expect(problems.some((p) => p.includes('bats twice'))).toBe(true);
    expect(problems.some((p) => p.includes('filled twice'))).toBe(true);
    expect(problems).toContain('Pick a starting pitcher.');
  });
});

describe('game screen helpers', () => {
  it('knows my side and open seats', () => {
    const g = gameState();
    const me = { id: 'local:alice', name: 'alice', avatar_url: null, teams: [] };
    expect(sideOf(g, me)).toBeNull();
    const mine = gameState({ away: { ...g.away, manager: { id: 'local:alice', name: 'alice' } } });
    expect(sideOf(mine, me)).toBe('away');
    expect(isOpenSeat(mine, 'home')).toBe(true);
    expect(isOpenSeat(mine, 'away')).toBe(false);
  });
  it('keeps plays unique and in order whatever order they arrive in', () => {
    const p = (n: number) => ({ play_no: n, description: `#${n}` }) as Play;
    let plays: Play[] = [];
    for (const n of [2, 1, 3, 2]) plays = upsertPlay(plays, p(n));
    expect(plays.map((x) => x.play_no)).toEqual([1, 2, 3]);
  });
});
