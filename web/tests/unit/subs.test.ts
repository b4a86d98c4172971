import { describe, expect, it } from 'vitest';
import { openPositions, pitcherLockReason } from '../../src/rules/subs';
import type { LineupSlot, Play, Player } from '../../src/protocol';

const pitcher = { player_id: 50, name: 'Gerrit Cole', position: 'P', throws: 'R' as const, fatigued: false };
function play(n: number, inning: number, half: 'top' | 'bottom', outcome = 'STRIKEOUT', pitcher_id = 50): Play {
  return { play_no: n, inning, half, outcome, pitcher_id } as Play;
}

describe('three-batter minimum', () => {
  it('keeps a pitcher in until he has faced three batters', () => {
    const g = { pitcher, inning: 3, half: 'top' as const };
    expect(pitcherLockReason(g, [])).toMatch(/Gerrit Cole must face three batters .*\(0 so far\)/);
    expect(pitcherLockReason(g, [play(1, 3, 'top'), play(2, 3, 'top', 'STOLEN_BASE'), play(3, 3, 'top', 'WALK')])).toMatch(/\(2 so far\)/);
    expect(pitcherLockReason(g, [play(1, 3, 'top'), play(2, 3, 'top', 'WALK'), play(3, 3, 'top', 'SINGLE_1')])).toBeNull();
  });
  it('lets him go once he finished a half-inning, and ignores other pitchers', () => {
    expect(pitcherLockReason({ pitcher, inning: 4, half: 'top' }, [play(1, 3, 'top')])).toBeNull();
    expect(pitcherLockReason({ pitcher, inning: 4, half: 'top' }, [play(1, 4, 'top', 'WALK', 49), play(2, 4, 'top', 'WALK', 49), play(3, 4, 'top', 'WALK', 49)])).toMatch(/0 so far/);
    expect(pitcherLockReason({ pitcher: null, inning: 1, half: 'top' }, [])).toBeNull();
  });
});

describe('open positions after a pinch hitter', () => {
  const slot = (n: number, position: string) => ({ batting_slot: n, player: { id: n } as Player, position, entered_play_no: null }) as LineupSlot;
  const nine = ['C', '1B', '2B', '3B', 'SS', 'LF', 'CF', 'RF', 'DH'];
  it('offers the position his predecessor left', () => {
    const lineup = nine.map((p, i) => slot(i + 1, i === 1 ? 'PH' : p));
    expect(openPositions({ lineup, pitcher: { id: 99, status: 'in_game' } as Player })).toEqual(['1B']);
  });
  it('offers the mound when the pitcher was hit for', () => {
    const lineup = ['C', '1B', '2B', '3B', 'SS', 'LF', 'CF', 'RF', 'PH'].map((p, i) => slot(i + 1, p));
    expect(openPositions({ lineup, pitcher: { id: 99, status: 'removed' } as Player })).toEqual(['P']);
    expect(openPositions({ lineup: nine.map((p, i) => slot(i + 1, p)), pitcher: { id: 99, status: 'in_game' } as Player })).toEqual([]);
  });
});

describe('substitutions in words', () => {
  it('names who came in for whom', async () => {
    const { moveText } = await import('../../src/rules/subs');
    const p = (id: number, name: string) => ({ id, name }) as Player;
    const data = { game_id: 'g', side: 'away' as const, lineup: [{ batting_slot: 3, player: p(1, 'Lourdes Gurriel'), position: 'DH', entered_play_no: null } as LineupSlot], pitcher: p(9, 'Zac Gallen'), bench: [p(2, 'Nick Ahmed')], bullpen: [p(8, 'Paul Sewald')] };
    expect(moveText({ player_id: 2, position: 'PH', replaces_player_id: 1 }, data)).toBe('Nick Ahmed pinch-hits for Lourdes Gurriel');
    expect(moveText({ player_id: 8, position: 'P', replaces_player_id: 9 }, data)).toBe('Paul Sewald pitches, replacing Zac Gallen');
    expect(moveText({ player_id: 2, position: 'SS' }, data)).toBe('Nick Ahmed moves to SS');
    expect(moveText({ player_id: 5, position: 'PR', replaces_player_id: 1 }, null)).toBe('#5 runs for #1');
  });
});
