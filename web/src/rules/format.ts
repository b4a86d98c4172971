// Small, pure formatting helpers shared by the screens.
import type { GameListItem, GameState, Half, Phase, Side } from '../protocol';

/** `"Top 3"`, `"Bot 7"`, `"Final"`, `"Final/10"`, `"Pregame"` (protocol.md §2). */
export function inningLabel(
  status: 'pending' | 'active' | 'completed',
  inning: number,
  half: Half,
  scheduledInnings = 9,
): string {
  if (status === 'pending' || inning < 1) return 'Pregame';
  if (status === 'completed') return inning > scheduledInnings ? `Final/${inning}` : 'Final';
  return `${half === 'top' ? 'Top' : 'Bot'} ${inning}`;
}

/** The label of a game state: the number of innings played is the longest line score. */
export function stateInningLabel(state: GameState, scheduledInnings = 9): string {
  if (state.status === 'completed') {
    const played = Math.max(state.line_score.home.length, state.line_score.away.length, state.inning);
    return inningLabel('completed', played, state.half, scheduledInnings);
  }
  if (state.phase === 'awaiting_lineups') return 'Pregame';
  return inningLabel(state.status, state.inning, state.half, scheduledInnings);
}

/** `1st`, `2nd`, `3rd`, `11th`… */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** A team colour as CSS (`"a6ce39"` → `"#a6ce39"`), with a neutral fallback for bad values. */
export function cssColor(hex: string | null | undefined, fallback = '#555b66'): string {
  if (!hex) return fallback;
  const h = hex.startsWith('#') ? hex.slice(1) : hex;
  return /^[0-9a-fA-F]{6}$/.test(h) || /^[0-9a-fA-F]{3}$/.test(h) ? `#${h}` : fallback;
}

/** Black or white, whichever reads better on the given background. */
export function textOn(hex: string | null | undefined): string {
  const c = cssColor(hex).slice(1);
  const full = c.length === 3 ? c.replace(/./g, (x) => x + x) : c;
  const ch = (i: number) => parseInt(full.slice(i, i + 2), 16) / 255;
  const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const lum = 0.2126 * lin(ch(0)) + 0.7152 * lin(ch(2)) + 0.0722 * lin(ch(4));
  return lum > 0.4 ? '#111418' : '#ffffff';
}

const PHASE_WORDS: Record<Phase, string> = {
  awaiting_lineups: 'lineups',
  awaiting_defensive: 'defense',
  awaiting_offensive: 'offense',
  awaiting_roll: 'the roll',
  awaiting_outcome: 'the result',
  awaiting_runner_decision: 'a runner decision',
  game_over: 'nothing',
};

/** "Waiting for NYY: defense", "Your move: the roll", "Final". */
export function whoseMove(
  phase: Phase,
  waitingFor: Side | 'either' | null,
  names: Record<Side, string>,
  mySide: Side | null,
): string {
  if (phase === 'game_over') return 'Game over';
  const what = PHASE_WORDS[phase];
  if (waitingFor === null) return `Waiting for ${what}`;
  if (waitingFor === 'either') return mySide ? `Your move (either side): ${what}` : `Either side: ${what}`;
  if (mySide === waitingFor) return `Your move: ${what}`;
  return `Waiting for ${names[waitingFor]}: ${what}`;
}

/** The list item's "whose move" line. */
export function listWhoseMove(item: GameListItem): string {
  if (item.status === 'completed') return item.inning_label || 'Final';
  return whoseMove(item.phase, item.waiting_for, { home: item.home.abbrev, away: item.away.abbrev }, item.my_side);
}

/** "2 outs", "1 out", "0 outs". */
export function outsText(outs: number): string {
  return `${outs} out${outs === 1 ? '' : 's'}`;
}

/** Relative time for the list: "just now", "5 min ago", "3 h ago", else the date. */
export function ago(iso: string, now: Date = new Date()): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const s = Math.max(0, Math.round((now.getTime() - t) / 1000));
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(t).toISOString().slice(0, 10);
}
