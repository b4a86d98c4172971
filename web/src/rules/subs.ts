// Which substitutions the rules allow right now (rules.md §9), so the panel can disable and explain
// the ones the server would refuse. The server checks again.
import type { FieldPos, GameState, LineupData, Move, Play, Player } from '../protocol';

/** Plays that are not a plate appearance: the pitcher faced no new batter. */
const NOT_A_PA = new Set(['STOLEN_BASE', 'CAUGHT_STEALING', 'STEAL_HELD', 'WILD_PITCH', 'PASSED_BALL']);

/**
 * Why the current pitcher may not be changed yet, or null: the three-batter minimum (on by default)
 * keeps him in until he has faced three batters or finished a half-inning (a play of his in an
 * earlier half than this one means he did).
 */
export function pitcherLockReason(game: Pick<GameState, 'pitcher' | 'inning' | 'half'>, plays: readonly Play[]): string | null {
  const p = game.pitcher;
  if (!p) return null;
  const his = plays.filter((x) => x.pitcher_id === p.player_id);
  if (his.some((x) => x.inning !== game.inning || x.half !== game.half)) return null;
  const faced = his.filter((x) => !NOT_A_PA.has(x.outcome)).length;
  if (faced >= 3) return null;
  return `${p.name} must face three batters or finish the half-inning first (${faced} so far).`;
}

const FIELD_ORDER: FieldPos[] = ['C', '1B', '2B', '3B', 'SS', 'LF', 'CF', 'RF'];

/**
 * The fielding positions nobody holds (a pinch hitter or runner left his predecessor's open), in
 * the order a form should offer them: the field first, then the mound if its pitcher is gone.
 */
export function openPositions(lineup: Pick<LineupData, 'lineup' | 'pitcher'>): FieldPos[] {
  const held = new Set(lineup.lineup.map((s) => s.position));
  const open = FIELD_ORDER.filter((p) => !held.has(p));
  const pitcherIn = held.has('P') || (lineup.pitcher !== null && (lineup.pitcher.status ?? 'in_game') === 'in_game');
  if (!pitcherIn) open.push('P');
  return open;
}

/** A player's name from a side's lineup data (lineup, pitcher, bench, bullpen), else `#id`. */
export function playerName(data: LineupData | null, id: number): string {
  if (!data) return `#${id}`;
  const all: Player[] = [...data.lineup.map((s) => s.player), ...(data.pitcher ? [data.pitcher] : []), ...data.bench, ...data.bullpen];
  return all.find((p) => p.id === id)?.name ?? `#${id}`;
}

/** One substitution move in words, with names from the lineup as it was before the move. */
export function moveText(m: Move, before: LineupData | null): string {
  const who = playerName(before, m.player_id);
  const old = m.replaces_player_id === undefined ? null : playerName(before, m.replaces_player_id);
  if (m.position === 'PH') return old ? `${who} pinch-hits for ${old}` : `${who} pinch-hits`;
  if (m.position === 'PR') return old ? `${who} runs for ${old}` : `${who} pinch-runs`;
  if (m.position === 'P') return old ? `${who} pitches, replacing ${old}` : `${who} takes the mound`;
  return old ? `${who} replaces ${old} at ${m.position}` : `${who} moves to ${m.position}`;
}
