import { describe, expect, it } from 'vitest';
import {
  allAheadToo,
  defaultDefense,
  defensiveProblem,
  holdableBases,
  offensiveChoices,
  stealProblem,
  stealTargets,
} from '../../src/rules/decisions';
import type { OffensiveAction } from '../../src/protocol';
import { bases } from './fixtures';

function allowed(b: ReturnType<typeof bases>, outs: number): OffensiveAction[] {
  return offensiveChoices({ bases: b, outs })
    .filter((c) => c.disabledReason === null)
    .map((c) => c.value);
}

describe('offensive choices by base state and outs', () => {
  it('bases empty: only swing away', () => {
    expect(allowed(bases(false, false, false), 0)).toEqual(['swing_away']);
  });
  it('runner on 1st: steal, hit and run, bunt', () => {
    expect(allowed(bases(true, false, false), 0)).toEqual(['swing_away', 'steal', 'hit_and_run', 'sac_bunt']);
  });
  it('no bunts with two outs', () => {
    expect(allowed(bases(true, false, true), 2)).toEqual(['swing_away', 'steal', 'hit_and_run']);
  });
  it('squeeze needs a runner on 3rd and fewer than two outs', () => {
    expect(allowed(bases(false, false, true), 1)).toContain('squeeze_bunt');
    expect(allowed(bases(false, true, false), 1)).not.toContain('squeeze_bunt');
    const reason = offensiveChoices({ bases: bases(false, true, false), outs: 0 }).find((c) => c.value === 'squeeze_bunt');
    expect(reason?.disabledReason).toBe('Needs a runner on 3rd.');
  });
  it('hit and run needs a runner on 1st', () => {
    expect(allowed(bases(false, true, true), 0)).not.toContain('hit_and_run');
  });
  it('loaded bases can still steal (everyone goes, home included)', () => {
    expect(allowed(bases(true, true, true), 0)).toContain('steal');
  });
});

describe('steal attempts', () => {
  it('offers the base ahead of each runner', () => {
    expect(stealTargets(bases(true, false, true))).toEqual([2, 4]);
    expect(stealTargets(bases(false, false, false))).toEqual([]);
  });
  it('refuses a steal of an occupied base unless its runner goes too', () => {
    const b = bases(true, true, false);
    expect(stealProblem(b, [2])).toMatch(/occupied/);
    expect(stealProblem(b, [2, 3])).toBeNull();
    expect(stealProblem(b, [3])).toBeNull();
  });
  it('refuses a steal with nobody to run', () => {
    expect(stealProblem(bases(true, false, false), [3])).toBe('Nobody is on 2nd to steal 3rd.');
    expect(stealProblem(bases(true, false, false), [])).toMatch(/at least one/);
  });
  it('lists the runners ahead who must go for a steal to be legal', () => {
    expect(allAheadToo(bases(true, true, true), 2)).toEqual([2, 3, 4]);
    expect(allAheadToo(bases(true, false, true), 2)).toEqual([2]);
  });
});

describe('defense', () => {
  it('holds only occupied bases', () => {
    const b = bases(true, false, true);
    expect(holdableBases(b)).toEqual([1, 3]);
    expect(defensiveProblem(b, { infield_depth: 'normal', hold_runners: [2] })).toMatch(/Nobody on 2nd/);
    expect(defensiveProblem(b, { infield_depth: 'infield_in', hold_runners: [1, 3] })).toBeNull();
  });
  it('holds the runner on 1st by default when 2nd is open', () => {
    expect(defaultDefense(bases(true, false, false)).hold_runners).toEqual([1]);
    expect(defaultDefense(bases(true, true, false)).hold_runners).toEqual([]);
  });
});
