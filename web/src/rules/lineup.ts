// Lineup card helpers (rules.md §2): a sensible first draft from the roster, and the checks a
// manager should see before the server's own.
import type { Player } from '../protocol';

export interface DraftSlot {
  player_id: number | null;
  position: string;
}

export interface Draft {
  order: DraftSlot[];
  pitcher_id: number | null;
}

const FILL_ORDER = ['C', 'SS', '2B', 'CF', '3B', '1B', 'RF', 'LF'] as const;
const BATTING_ORDER_POS = ['CF', 'SS', '1B', 'RF', '3B', 'LF', 'DH', '2B', 'C'];

function isPitcher(p: Player): boolean {
  return p.pitching != null || (p.positions.length > 0 && p.positions.every((r) => r.pos === 'P'));
}

function rangeAt(p: Player, pos: string): number {
  const r = p.positions.find((x) => x.pos === pos);
  return r ? (r.range ?? 3) : 99;
}

/**
 * Fills the eight fielding positions from rated players: a depth-first search that tries the
 * best-rated candidates first and keeps the fullest assignment it finds (greedy picks can strand a
 * position, e.g. a 2B/SS man taken at SS).
 */
function assignFielders(hitters: Player[]): Map<string, number> {
  const cands = FILL_ORDER.map((pos) =>
    hitters.filter((p) => rangeAt(p, pos) < 99).sort((a, b) => rangeAt(a, pos) - rangeAt(b, pos) || a.id - b.id),
  );
  const cur = new Map<string, number>();
  const used = new Set<number>();
  let budget = 20000;
  const go = (i: number): boolean => {
    if (i === FILL_ORDER.length) return true;
    if (budget-- <= 0) return false;
    for (const p of cands[i] ?? []) {
      if (used.has(p.id)) continue;
      used.add(p.id);
      cur.set(FILL_ORDER[i]!, p.id);
      if (go(i + 1)) return true;
      used.delete(p.id);
      cur.delete(FILL_ORDER[i]!);
    }
    return false;
  };
  if (go(0)) return cur;
  // No full assignment: take the best free candidate per position and let the manager finish.
  const partial = new Map<string, number>();
  const taken = new Set<number>();
  FILL_ORDER.forEach((pos, i) => {
    const p = (cands[i] ?? []).find((c) => !taken.has(c.id));
    if (p) {
      taken.add(p.id);
      partial.set(pos, p.id);
    }
  });
  return partial;
}

/** The positions a lineup must fill: with DH, eight fielders and a DH; without, the pitcher bats. */
export function requiredPositions(dh: boolean): string[] {
  return ['C', '1B', '2B', '3B', 'SS', 'LF', 'CF', 'RF', dh ? 'DH' : 'P'];
}

/** A legal-looking first draft: the best-rated fielder at each position, the deepest starter. */
export function draftLineup(roster: Player[], dh = true): Draft {
  const active = roster.filter((p) => p.active !== false);
  const hitters = active.filter((p) => !isPitcher(p));
  const pitchers = active.filter(isPitcher);
  const byPos = assignFielders(hitters);
  const used = new Set<number>(byPos.values());
  const starter = [...pitchers].sort(
    (a, b) => (b.pitching?.endurance.starter ?? 0) - (a.pitching?.endurance.starter ?? 0) || a.id - b.id,
  )[0];
  if (dh) {
    const dhPick = hitters.find((p) => !used.has(p.id));
    if (dhPick) {
      used.add(dhPick.id);
      byPos.set('DH', dhPick.id);
    }
  } else if (starter) {
    byPos.set('P', starter.id);
  }
  const order = BATTING_ORDER_POS.map((pos) => (pos === 'DH' && !dh ? 'P' : pos)).map((pos) => ({
    player_id: byPos.get(pos) ?? null,
    position: pos,
  }));
  return { order, pitcher_id: starter?.id ?? null };
}

/** Every reason the draft is not a legal lineup yet (empty when it is). */
export function draftProblems(draft: Draft, roster: Player[], dh = true): string[] {
  const problems: string[] = [];
  const names = new Map(roster.map((p) => [p.id, p.name]));
  if (draft.order.length !== 9) problems.push('A lineup has nine batters.');
  const ids = draft.order.map((s) => s.player_id);
  if (ids.some((id) => id === null)) problems.push('Every slot needs a player.');
  const seen = new Set<number>();
  for (const id of ids) {
    if (id === null) continue;
    if (seen.has(id)) problems.push(`${names.get(id) ?? id} bats twice.`);
    seen.add(id);
  }
  const need = requiredPositions(dh);
  const have = draft.order.map((s) => s.position);
  for (const pos of need) {
    const n = have.filter((p) => p === pos).length;
    if (n === 0) problems.push(`Nobody plays ${pos}.`);
    if (n > 1) problems.push(`${pos} is filled twice.`);
  }
  for (const pos of have) if (!need.includes(pos)) problems.push(`${pos} is not a lineup position here.`);
  if (draft.pitcher_id === null) problems.push('Pick a starting pitcher.');
  else if (dh && seen.has(draft.pitcher_id)) problems.push('With the DH, the pitcher does not bat.');
  return [...new Set(problems)];
}
