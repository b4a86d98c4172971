// What a roll means, in words a manager reads off the table (rules.md §4, protocol.md §1.2 Roll).
import type { Roll } from '../protocol';
import { isAtBatRoll } from '../protocol';

/** "column 5: pitcher's card, row 8, split 14" (plus the WP/PB check when there is one). */
export function rollMeaning(roll: Roll): string {
  if (isAtBatRoll(roll)) {
    // The server says whose card the roll reads (rules.md §4); the column only suggests it.
    const card = roll.card === 'batter' ? "batter's card" : "pitcher's card";
    const base = `column ${roll.d6_column}: ${card}, row ${roll.row}, split ${roll.d20}`;
    if (roll.check === 'wild_pitch') return `${base} — wild-pitch check, d20 ${roll.check_d20 ?? '?'}`;
    if (roll.check === 'passed_ball') return `${base} — passed-ball check, d20 ${roll.check_d20 ?? '?'}`;
    return base;
  }
  const d = roll.dice;
  switch (roll.roll_type) {
    case 'bunt':
      return `bunt: d20 ${d.d20 ?? '?'} against the bunting grade`;
    case 'extra_base':
      return `extra-base try: d20 ${d.d20 ?? '?'}`;
    case 'ballpark':
      return `ballpark: d20 ${d.d20 ?? '?'} against the park`;
    case 'location':
      return `hit location: d20 ${d.d20 ?? '?'}`;
    case 'fielding':
      return `fielding check: range d20 ${d.d20 ?? '?'}, error 3d6 ${d.d3d6 ?? '?'}, rare play d100 ${d.d100 ?? '?'}`;
    case 'speed':
      return `catcher's speed check on the batter: d20 ${d.d20 ?? '?'}`;
    case 'passed_ball':
      return `passed-ball check on the foul pop: d20 ${d.d20 ?? '?'}`;
    case 'steal':
      return `steal: jump 2d6 ${d.jump_2d6 ?? '?'}, d20 ${d.d20 ?? '?'}`;
    default:
      return 'roll';
  }
}

/** Pip positions (x, y in a 0..1 box) of a d6 face, for drawing. */
export function pips(face: number): [number, number][] {
  const c = 0.5;
  const lo = 0.27;
  const hi = 0.73;
  switch (face) {
    case 1:
      return [[c, c]];
    case 2:
      return [
        [lo, lo],
        [hi, hi],
      ];
    case 3:
      return [
        [lo, lo],
        [c, c],
        [hi, hi],
      ];
    case 4:
      return [
        [lo, lo],
        [hi, lo],
        [lo, hi],
        [hi, hi],
      ];
    case 5:
      return [
        [lo, lo],
        [hi, lo],
        [c, c],
        [lo, hi],
        [hi, hi],
      ];
    case 6:
      return [
        [lo, lo],
        [hi, lo],
        [lo, c],
        [hi, c],
        [lo, hi],
        [hi, hi],
      ];
    default:
      return [];
  }
}
