import { describe, expect, it } from 'vitest';
import {
  ALL_OUTCOME_CODES,
  allowedLocations,
  answeringSide,
  mayAnswer,
  outcomeProblem,
  pendingAsk,
  requiresLocation,
} from '../../src/rules/outcomes';
import type { AtBatRoll, OtherRoll } from '../../src/protocol';
import { gameState } from './fixtures';

// rules.md §5 table, minus INTENTIONAL_WALK (never submitted, protocol.md §1.4).
const SPEC_CODES = [
  'STRIKEOUT', 'WALK', 'HIT_BY_PITCH', 'SINGLE_1', 'SINGLE_2', 'SINGLE_UNCAPPED', 'DOUBLE_2', 'DOUBLE_3',
  'DOUBLE_UNCAPPED', 'TRIPLE', 'HOMERUN', 'GROUNDBALL_A', 'GROUNDBALL_B', 'GROUNDBALL_C', 'FLYOUT_A',
  'FLYOUT_B', 'FLYOUT_BQ', 'FLYOUT_C', 'LINEOUT', 'POPOUT', 'FOULOUT', 'BP_HOMERUN', 'BP_SINGLE', 'X_CHECK',
];

const ab = (over: Partial<AtBatRoll> = {}): AtBatRoll => ({
  roll_id: 'r1', roll_type: 'ab', rolled_by: 'local:a', d6_column: 5, d6_a: 3, d6_b: 5, row: 8, d20: 14,
  card: 'pitcher', check: null, check_d20: null, ...over,
});

describe('the picker offers exactly the submittable codes', () => {
  it('every rules.md §5 code but the intentional walk, once', () => {
    expect([...ALL_OUTCOME_CODES].sort()).toEqual([...SPEC_CODES].sort());
    expect(ALL_OUTCOME_CODES).not.toContain('INTENTIONAL_WALK');
  });
});

describe('hit locations (rules.md §5.1)', () => {
  it('are required for groundballs, flyouts, lineouts, popouts, X-checks and uncapped hits', () => {
    const need = SPEC_CODES.filter(requiresLocation).sort();
    expect(need).toEqual(
      ['GROUNDBALL_A', 'GROUNDBALL_B', 'GROUNDBALL_C', 'FLYOUT_A', 'FLYOUT_B', 'FLYOUT_BQ', 'FLYOUT_C', 'LINEOUT', 'POPOUT', 'X_CHECK', 'SINGLE_UNCAPPED', 'DOUBLE_UNCAPPED'].sort(),
    );
  });
  it('groundballs go to infielders, flyouts and uncapped hits to outfielders', () => {
    expect(allowedLocations('GROUNDBALL_A')).toEqual(['P', 'C', '1B', '2B', '3B', 'SS']);
    expect(allowedLocations('FLYOUT_BQ')).toEqual(['LF', 'CF', 'RF']);
    expect(allowedLocations('DOUBLE_UNCAPPED')).toEqual(['LF', 'CF', 'RF']);
    expect(allowedLocations('X_CHECK')).toHaveLength(9);
    expect(allowedLocations('LINEOUT')).not.toContain('C');
  });
  it('says what is missing before the form can be sent', () => {
    expect(outcomeProblem(null, null)).toMatch(/Pick the result/);
    expect(outcomeProblem('GROUNDBALL_B', null)).toMatch(/where the ball went/);
    expect(outcomeProblem('GROUNDBALL_B', 'SS')).toBeNull();
    expect(outcomeProblem('FLYOUT_A', 'SS')).toMatch(/cannot go to SS/);
    expect(outcomeProblem('STRIKEOUT', null)).toBeNull();
    expect(outcomeProblem('HOMERUN', 'LF')).toBeNull();
    expect(outcomeProblem('INTENTIONAL_WALK', null)).toMatch(/not a card result/);
  });
});

describe('pending rolls', () => {
  it('an at-bat roll asks for the card result', () => {
    expect(pendingAsk(ab()).kind).toBe('card');
  });
  it('checks without ratings ask for their answers (protocol.md §1.4)', () => {
    const steal: OtherRoll = { roll_id: 's', roll_type: 'steal', rolled_by: 'server', dice: { jump_2d6: 7, d20: 4 }, answer_by: 'away', runner_base: 1 };
    const ask = pendingAsk(steal);
    expect(ask.kind === 'answers' && ask.answers.map((a) => a.value)).toEqual(['SAFE', 'OUT', 'STAYS']);
    const bunt = pendingAsk({ roll_id: 'b', roll_type: 'bunt', rolled_by: 'server', dice: { d20: 9 }, answer_by: 'away' });
    expect(bunt.kind === 'answers' && bunt.answers.map((a) => a.value)).toEqual(['SUCCESS', 'FAIL']);
    const wp = pendingAsk(ab({ check: 'wild_pitch', check_d20: 3, answer_by: 'home' }));
    expect(wp.kind === 'answers' && wp.answers.map((a) => a.value)).toEqual(['ADVANCE', 'NONE']);
    const spd = pendingAsk({ roll_id: 'c', roll_type: 'speed', rolled_by: 'server', dice: { d20: 12 }, answer_by: 'home' });
    expect(spd.kind === 'answers' && spd.answers.map((a) => a.value)).toEqual(['SAFE', 'OUT']);
    const pb = pendingAsk({ roll_id: 'p', roll_type: 'passed_ball', rolled_by: 'server', dice: { d20: 2 }, answer_by: 'home' });
    expect(pb.kind === 'answers' && pb.answers.map((a) => a.value)).toEqual(['ADVANCE', 'NONE']);
    expect(pendingAsk({ roll_id: 'x', roll_type: 'fielding', rolled_by: 'server', dice: { d20: 3, d3d6: 11, d100: 50 }, answer_by: 'home' }).kind).toBe('xcheck');
  });
  it('the card owner answers: batter card → batting side, pitcher card → fielding side', () => {
    const g = gameState({ batting_side: 'away', fielding_side: 'home' });
    expect(answeringSide(g, ab({ card: 'batter', d6_column: 2 }))).toBe('away');
    expect(answeringSide(g, ab({ card: 'pitcher' }))).toBe('home');
    expect(answeringSide(g, ab({ answer_by: 'away' }))).toBe('away');
  });
  it('either manager answers when the other side is the AI', () => {
    const g = gameState();
    expect(mayAnswer(g, ab({ card: 'pitcher' }), 'away')).toBe(false);
    expect(mayAnswer(g, ab({ card: 'pitcher' }), 'home')).toBe(true);
    expect(mayAnswer(g, ab({ card: 'pitcher' }), null)).toBe(false);
    const vsAi = gameState({ home: { ...g.home, is_ai: true } });
    expect(mayAnswer(vsAi, ab({ card: 'pitcher' }), 'away')).toBe(true);
  });
});

describe('outcomes in words', () => {
  it('names every card code and the plays without a card', async () => {
    const { outcomeName, readableDescription, ALL_OUTCOME_CODES } = await import('../../src/rules/outcomes');
    for (const c of ALL_OUTCOME_CODES) expect(outcomeName(c)).not.toMatch(/_/);
    expect(outcomeName('SINGLE_1')).toBe('Single (SI*)');
    expect(outcomeName('STEAL_HELD')).toBe('Runners held');
    expect(outcomeName('SOMETHING_NEW')).toBe('something new');
    expect(readableDescription('Austin Riley: STRIKEOUT')).toBe('Austin Riley: strikeout');
    expect(readableDescription('Kevin Pillar: SINGLE_1; Orlando Arcia to 2nd')).toBe('Kevin Pillar: single; Orlando Arcia to 2nd');
    expect(readableDescription('Lourdes Gurriel: GROUNDBALL_B (SS); NASA stays')).toBe('Lourdes Gurriel: groundball B (SS); NASA stays');
  });
});
