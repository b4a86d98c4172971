// Minimal wire payloads shaped as protocol.md describes them.
import type { Bases, GameState } from '../../src/protocol';

export const EMPTY: Bases = { first: null, second: null, third: null };

export function runner(id: number, name = `Runner ${id}`) {
  return { player_id: id, name, position: 'LF' };
}

export function bases(first: boolean, second: boolean, third: boolean): Bases {
  return { first: first ? runner(1) : null, second: second ? runner(2) : null, third: third ? runner(3) : null };
}

export function gameState(over: Partial<GameState> = {}): GameState {
  const side = (team_id: number, abbrev: string) => ({
    team_id,
    name: `${abbrev} team`,
    abbrev,
    color: '003087',
    dice_color: 'cc0000',
    manager: null,
    is_ai: false,
    connected: true,
  });
  return {
    game_id: 'g1',
    league_id: 'mlb2023',
    mode: 'manual',
    status: 'active',
    version: 0,
    inning: 1,
    half: 'top',
    outs: 0,
    home_score: 0,
    away_score: 0,
    bases: EMPTY,
    batter: null,
    pitcher: null,
    catcher: null,
    batting_side: 'away',
    fielding_side: 'home',
    phase: 'awaiting_defensive',
    waiting_for: 'home',
    pending_runner_decision: null,
    defensive_decision: null,
    offensive_decision: null,
    pending_roll: null,
    line_score: { home: [], away: [] },
    hits: { home: 0, away: 0 },
    errors: { home: 0, away: 0 },
    last_play: null,
    home: side(147, 'NYY'),
    away: side(111, 'BOS'),
    ...over,
  };
}
