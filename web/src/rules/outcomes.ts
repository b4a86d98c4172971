// The manual outcome picker's model: the result codes of rules.md §5 laid out as a card prints them,
// which need a hit location (rules.md §5.1) and where the ball may go, and the answers a check
// without ratings takes (protocol.md §1.4). The server checks again; this keeps the form honest.
import type { AtBatRoll, FieldPos, GameState, Roll, Side } from '../protocol';
import { FIELD_POSITIONS, isAtBatRoll, otherSide } from '../protocol';

export interface CodeButton {
  code: string;
  /** As a card prints it: `SI*`, `DO**`, `gb A`, `fly BQ`… */
  card: string;
  /** Plain words for the tooltip. */
  words: string;
}

export interface CodeGroup {
  title: string;
  codes: CodeButton[];
}

/** Every code a manager may submit for an at-bat roll (INTENTIONAL_WALK never is). */
export const OUTCOME_GROUPS: CodeGroup[] = [
  {
    title: 'Hits',
    codes: [
      { code: 'SINGLE_1', card: 'SI*', words: 'Single, runners +1' },
      { code: 'SINGLE_2', card: 'SI**', words: 'Single, runners +2' },
      { code: 'SINGLE_UNCAPPED', card: 'SI', words: 'Single (uncapped): lead runner may try for one more' },
      { code: 'DOUBLE_2', card: 'DO**', words: 'Double, runners +2' },
      { code: 'DOUBLE_3', card: 'DO***', words: 'Double, all runners score' },
      { code: 'DOUBLE_UNCAPPED', card: 'DO', words: 'Double (uncapped): runner from 1st may try to score' },
      { code: 'TRIPLE', card: 'TR', words: 'Triple' },
      { code: 'HOMERUN', card: 'HR', words: 'Home run' },
    ],
  },
  {
    title: 'Ballpark',
    codes: [
      { code: 'BP_HOMERUN', card: 'BP-HR', words: 'Ballpark home run (d20 vs the park)' },
      { code: 'BP_SINGLE', card: 'BP-SI', words: 'Ballpark single (d20 vs the park)' },
    ],
  },
  {
    title: 'On base',
    codes: [
      { code: 'WALK', card: 'BB', words: 'Walk' },
      { code: 'HIT_BY_PITCH', card: 'HBP', words: 'Hit by pitch' },
    ],
  },
  {
    title: 'Groundballs',
    codes: [
      { code: 'GROUNDBALL_A', card: 'gb A', words: 'Groundball A (double-play ball)' },
      { code: 'GROUNDBALL_B', card: 'gb B', words: 'Groundball B' },
      { code: 'GROUNDBALL_C', card: 'gb C', words: 'Groundball C (runners advance)' },
    ],
  },
  {
    title: 'Flyballs',
    codes: [
      { code: 'FLYOUT_A', card: 'fly A', words: 'Deep fly: runners tag up +1' },
      { code: 'FLYOUT_B', card: 'fly B', words: 'Fly B: runner on 3rd scores, 2nd may try' },
      { code: 'FLYOUT_BQ', card: 'fly B?', words: 'Fly B?: runner on 3rd may try to score' },
      { code: 'FLYOUT_C', card: 'fly C', words: 'Shallow fly: runners hold' },
    ],
  },
  {
    title: 'Other outs',
    codes: [
      { code: 'STRIKEOUT', card: 'K', words: 'Strikeout' },
      { code: 'LINEOUT', card: 'lo', words: 'Lineout' },
      { code: 'POPOUT', card: 'po', words: 'Popout' },
      { code: 'FOULOUT', card: 'fo', words: 'Foul out' },
    ],
  },
  {
    title: 'Fielding check',
    codes: [{ code: 'X_CHECK', card: 'X', words: 'Fielding check at a position (the server rolls it)' }],
  },
];

export const ALL_OUTCOME_CODES: string[] = OUTCOME_GROUPS.flatMap((g) => g.codes.map((c) => c.code));

/** Short names of every play outcome (protocol.md §1.2 Play), for the feed. */
const OUTCOME_NAMES: Record<string, string> = {
  STRIKEOUT: 'Strikeout',
  WALK: 'Walk',
  INTENTIONAL_WALK: 'Intentional walk',
  HIT_BY_PITCH: 'Hit by pitch',
  SINGLE_1: 'Single (SI*)',
  SINGLE_2: 'Single (SI**)',
  SINGLE_UNCAPPED: 'Single',
  DOUBLE_2: 'Double (DO**)',
  DOUBLE_3: 'Double (DO***)',
  DOUBLE_UNCAPPED: 'Double',
  TRIPLE: 'Triple',
  HOMERUN: 'Home run',
  BP_HOMERUN: 'Ballpark home run',
  BP_SINGLE: 'Ballpark single',
  GROUNDBALL_A: 'Groundball A',
  GROUNDBALL_B: 'Groundball B',
  GROUNDBALL_C: 'Groundball C',
  FLYOUT_A: 'Flyout A',
  FLYOUT_B: 'Flyout B',
  FLYOUT_BQ: 'Flyout B?',
  FLYOUT_C: 'Flyout C',
  LINEOUT: 'Lineout',
  POPOUT: 'Popout',
  FOULOUT: 'Foul out',
  X_CHECK: 'Fielding check',
  STOLEN_BASE: 'Stolen base',
  CAUGHT_STEALING: 'Caught stealing',
  STEAL_HELD: 'Runners held',
  SAC_BUNT: 'Sacrifice bunt',
  BUNT_FAILED: 'Bunt failed',
  SQUEEZE: 'Squeeze',
  WILD_PITCH: 'Wild pitch',
  PASSED_BALL: 'Passed ball',
};

/** A play outcome's name for people: `SINGLE_1` → "Single (SI*)"; an unknown code as words. */
export function outcomeName(code: string): string {
  return OUTCOME_NAMES[code] ?? code.replace(/_/g, ' ').toLowerCase();
}

/** A play description with its result codes in words ("Riley: STRIKEOUT" → "Riley: strikeout"). */
export function readableDescription(text: string): string {
  return text.replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z]{4,}\b/g, (code) => {
    const name = OUTCOME_NAMES[code];
    if (!name) return code;
    const plain = name.replace(/ \(.*\)$/, '');
    return plain.charAt(0).toLowerCase() + plain.slice(1);
  });
}

const INFIELD: FieldPos[] = ['P', 'C', '1B', '2B', '3B', 'SS'];
const OUTFIELD: FieldPos[] = ['LF', 'CF', 'RF'];

/** Whether a manual submission of `code` must carry a hit location (rules.md §5.1). */
export function requiresLocation(code: string): boolean {
  return (
    code.startsWith('GROUNDBALL_') ||
    code.startsWith('FLYOUT_') ||
    ['LINEOUT', 'POPOUT', 'X_CHECK', 'SINGLE_UNCAPPED', 'DOUBLE_UNCAPPED'].includes(code)
  );
}

/**
 * Where the ball may be for `code` (decision 082): groundballs and popouts to an infielder (P and C
 * included), flyouts and uncapped hits to an outfielder, lineouts anywhere but the catcher, X-checks
 * anywhere. Codes without a required location accept any position or none.
 */
export function allowedLocations(code: string): FieldPos[] {
  if (code.startsWith('GROUNDBALL_') || code === 'POPOUT') return INFIELD;
  if (code.startsWith('FLYOUT_') || code === 'SINGLE_UNCAPPED' || code === 'DOUBLE_UNCAPPED') return OUTFIELD;
  if (code === 'LINEOUT') return FIELD_POSITIONS.filter((p) => p !== 'C');
  return [...FIELD_POSITIONS];
}

/** Where `code`'s ball may go, in words, for codes that limit it (the picker greys the rest). */
export function locationRule(code: string): string | null {
  if (code.startsWith('GROUNDBALL_')) return 'A groundball goes to an infielder (P and C included).';
  if (code === 'POPOUT') return 'A popout goes to an infielder (P and C included).';
  if (code.startsWith('FLYOUT_')) return 'A flyout goes to an outfielder.';
  if (code === 'SINGLE_UNCAPPED' || code === 'DOUBLE_UNCAPPED') return 'An uncapped hit names the outfielder who fields it.';
  if (code === 'LINEOUT') return 'A lineout goes to anyone but the catcher.';
  return null;
}

/** Why the picked outcome cannot be sent yet, or null. */
export function outcomeProblem(code: string | null, location: FieldPos | null): string | null {
  if (code === null) return 'Pick the result printed on the card.';
  if (!ALL_OUTCOME_CODES.includes(code)) return `${code} is not a card result.`;
  if (requiresLocation(code) && location === null) return 'Pick where the ball went.';
  if (location !== null && !allowedLocations(code).includes(location)) {
    return `A ${code.toLowerCase().replace(/_/g, ' ')} cannot go to ${location}.`;
  }
  return null;
}

/** What a pending roll asks for: the card result, or one of a check's answers. */
export type PendingAsk =
  | { kind: 'card'; roll: AtBatRoll }
  | { kind: 'answers'; roll: Roll; question: string; answers: { value: string; label: string }[] }
  | { kind: 'xcheck'; roll: Roll; question: string };

const X_BASE_RESULTS = ['G1', 'G2', 'G3', 'SI1', 'SI2', 'DO2', 'DO3', 'TR3', 'F1', 'F2', 'F3', 'SPD', 'PO', 'FO'];

/** The base results an X-check answer may name (reference §6.2). */
export function xCheckResults(): string[] {
  return X_BASE_RESULTS;
}

/** Reads the pending roll of `awaiting_outcome` into the question the UI asks. */
export function pendingAsk(roll: Roll): PendingAsk {
  if (isAtBatRoll(roll)) {
    if (roll.check !== null && roll.answer_by !== undefined) {
      const what = roll.check === 'wild_pitch' ? 'Wild pitch' : 'Passed ball';
      return {
        kind: 'answers',
        roll,
        question: `${what} check (d20 ${roll.check_d20 ?? '?'}): do the runners advance?`,
        answers: [
          { value: 'ADVANCE', label: 'Runners advance' },
          { value: 'NONE', label: 'Nobody moves' },
        ],
      };
    }
    return { kind: 'card', roll };
  }
  switch (roll.roll_type) {
    case 'steal':
      return {
        kind: 'answers',
        roll,
        question: `Steal by the runner on ${roll.runner_base ?? '?'} (jump ${roll.dice.jump_2d6 ?? '?'}, d20 ${roll.dice.d20 ?? '?'})`,
        answers: [
          { value: 'SAFE', label: 'Safe' },
          { value: 'OUT', label: 'Out' },
          { value: 'STAYS', label: 'Stays (no jump)' },
        ],
      };
    case 'extra_base':
      return {
        kind: 'answers',
        roll,
        question: `Runner's try (d20 ${roll.dice.d20 ?? '?'}): safe or out?`,
        answers: [
          { value: 'SAFE', label: 'Safe' },
          { value: 'OUT', label: 'Out' },
        ],
      };
    case 'bunt':
      return {
        kind: 'answers',
        roll,
        question: `Bunt (d20 ${roll.dice.d20 ?? '?'}) against the batter's bunting grade`,
        answers: [
          { value: 'SUCCESS', label: 'Bunt succeeds' },
          { value: 'FAIL', label: 'Bunt fails' },
        ],
      };
    case 'speed':
      return {
        kind: 'answers',
        roll,
        question: `Catcher's speed check on the batter (d20 ${roll.dice.d20 ?? '?'}): safe or out?`,
        answers: [
          { value: 'SAFE', label: 'Safe' },
          { value: 'OUT', label: 'Out' },
        ],
      };
    case 'passed_ball':
      return {
        kind: 'answers',
        roll,
        question: `Passed ball on the foul pop (d20 ${roll.dice.d20 ?? '?'}): do the runners advance?`,
        answers: [
          { value: 'ADVANCE', label: 'Runners advance' },
          { value: 'NONE', label: 'Nobody moves' },
        ],
      };
    case 'ballpark':
      return {
        kind: 'answers',
        roll,
        question: `Ballpark (d20 ${roll.dice.d20 ?? '?'}) against the park's rating`,
        answers: [
          { value: 'HOMERUN', label: 'HR' },
          { value: 'FLYOUT_C', label: 'BP fly out' },
          { value: 'SINGLE_1', label: 'SI*' },
          { value: 'LINEOUT', label: 'BP lineout' },
        ],
      };
    case 'fielding':
      return {
        kind: 'xcheck',
        roll,
        question: `Fielding check: range d20 ${roll.dice.d20 ?? '?'}, error 3d6 ${roll.dice.d3d6 ?? '?'}, d100 ${roll.dice.d100 ?? '?'}`,
      };
    default:
      return { kind: 'answers', roll, question: 'Answer the check', answers: [] };
  }
}

/**
 * Which side answers the pending roll: the one it names, else the side whose card an at-bat roll
 * reads (the batter's card: batting side; the pitcher's: fielding side).
 */
export function answeringSide(state: Pick<GameState, 'batting_side' | 'fielding_side'>, roll: Roll): Side {
  if (roll.answer_by) return roll.answer_by;
  if (isAtBatRoll(roll)) return roll.card === 'batter' ? state.batting_side : state.fielding_side;
  return state.batting_side;
}

/** Whether `me` (managing `mySide`) may answer, given that an AI seat lets either human answer. */
export function mayAnswer(
  state: Pick<GameState, 'batting_side' | 'fielding_side' | 'home' | 'away'>,
  roll: Roll,
  mySide: Side | null,
): boolean {
  if (mySide === null) return false;
  const side = answeringSide(state, roll);
  if (side === mySide) return true;
  return state[otherSide(mySide)].is_ai;
}
