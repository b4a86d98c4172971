import { describe, expect, it } from 'vitest';
import { pips, rollMeaning } from '../../src/rules/dice';
import type { AtBatRoll } from '../../src/protocol';

const ab = (over: Partial<AtBatRoll> = {}): AtBatRoll => ({
  roll_id: 'r', roll_type: 'ab', rolled_by: 'u', d6_column: 5, d6_a: 3, d6_b: 5, row: 8, d20: 14,
  card: 'pitcher', check: null, check_d20: null, ...over,
});

describe('what a roll means', () => {
  it('reads column, card, row and split', () => {
    expect(rollMeaning(ab())).toBe("column 5: pitcher's card, row 8, split 14");
    expect(rollMeaning(ab({ d6_column: 2, card: 'batter', row: 11, d20: 1 }))).toBe("column 2: batter's card, row 11, split 1");
  });
  it('names a wild-pitch or passed-ball check', () => {
    expect(rollMeaning(ab({ d20: 1, check: 'wild_pitch', check_d20: 7 }))).toBe("column 5: pitcher's card, row 8, split 1 — wild-pitch check, d20 7");
    expect(rollMeaning(ab({ d20: 2, check: 'passed_ball', check_d20: 19 }))).toMatch(/passed-ball check, d20 19$/);
  });
  it('describes follow-up dice', () => {
    expect(rollMeaning({ roll_id: 'f', roll_type: 'fielding', rolled_by: 'server', dice: { d20: 12, d3d6: 9, d100: 44 } })).toBe(
      'fielding check: range d20 12, error 3d6 9, rare play d100 44',
    );
    expect(rollMeaning({ roll_id: 's', roll_type: 'steal', rolled_by: 'server', dice: { jump_2d6: 6, d20: 3 } })).toBe('steal: jump 2d6 6, d20 3');
    expect(rollMeaning({ roll_id: 'b', roll_type: 'bunt', rolled_by: 'server', dice: { d20: 4 } })).toBe('bunt: d20 4 against the bunting grade');
  });
});

describe('dice faces', () => {
  it('has as many pips as the face value, inside the face', () => {
    for (let f = 1; f <= 6; f += 1) {
      const ps = pips(f);
      expect(ps).toHaveLength(f);
      for (const [x, y] of ps) {
        expect(x).toBeGreaterThan(0);
        expect(y).toBeLessThan(1);
      }
    }
    expect(pips(7)).toEqual([]);
  });
});
