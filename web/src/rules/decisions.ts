// Which defensive and offensive choices the base/out state allows (rules.md §3, §6;
// protocol.md §1.1). The server decides; this only disables buttons and says why.
import type { Base, Bases, DefensiveDecision, OffensiveAction, StealTarget } from '../protocol';

export interface Choice<T> {
  value: T;
  label: string;
  /** Null when allowed; otherwise the reason it is not. */
  disabledReason: string | null;
}

export interface Situation {
  bases: Bases;
  outs: number;
}

const BASE_KEYS = { 1: 'first', 2: 'second', 3: 'third' } as const;

export function occupied(bases: Bases, base: Base): boolean {
  return bases[BASE_KEYS[base]] !== null;
}

export function anyRunner(bases: Bases): boolean {
  return occupied(bases, 1) || occupied(bases, 2) || occupied(bases, 3);
}

/** Which runner a steal of `target` sends: the one on the base before it. */
export function stealingFrom(target: StealTarget): Base {
  return (target - 1) as Base;
}

/**
 * Why a set of steal attempts is not allowed, or null when it is. A target base counts as occupied
 * only if its own runner is not stealing too (a double steal of 2nd and 3rd is legal).
 */
export function stealProblem(bases: Bases, attempts: readonly StealTarget[]): string | null {
  if (attempts.length === 0) return 'Pick at least one runner to send.';
  const set = new Set(attempts);
  if (set.size !== attempts.length) return 'Each base can be stolen only once.';
  for (const target of attempts) {
    const from = stealingFrom(target);
    if (!occupied(bases, from)) return `Nobody is on ${baseName(from)} to steal ${baseName(target)}.`;
    if (target !== 4 && occupied(bases, target as Base) && !set.has((target + 1) as StealTarget)) {
      return `${baseName(target)} is occupied; its runner would have to go too.`;
    }
  }
  return null;
}

/** Steal targets a single runner could try right now (each one, alone or with the runner ahead). */
export function stealTargets(bases: Bases): StealTarget[] {
  const out: StealTarget[] = [];
  for (const target of [2, 3, 4] as const) {
    if (occupied(bases, stealingFrom(target))) out.push(target);
  }
  return out;
}

export function baseName(b: number): string {
  return b === 4 ? 'home' : b === 1 ? '1st' : b === 2 ? '2nd' : '3rd';
}

/** The offensive choices with the reason each illegal one is refused. */
export function offensiveChoices(s: Situation): Choice<OffensiveAction>[] {
  const r1 = occupied(s.bases, 1);
  const r3 = occupied(s.bases, 3);
  const canSteal = stealTargets(s.bases).some((t) => stealProblem(s.bases, allAheadToo(s.bases, t)) === null);
  return [
    { value: 'swing_away', label: 'Swing away', disabledReason: null },
    {
      value: 'steal',
      label: 'Steal',
      disabledReason: !anyRunner(s.bases) ? 'Nobody on base.' : canSteal ? null : 'No runner has an open base ahead.',
    },
    { value: 'hit_and_run', label: 'Hit and run', disabledReason: r1 ? null : 'Needs a runner on 1st.' },
    {
      value: 'sac_bunt',
      label: 'Sacrifice bunt',
      disabledReason: !anyRunner(s.bases) ? 'Needs a runner on base.' : s.outs >= 2 ? 'Not with two outs.' : null,
    },
    {
      value: 'squeeze_bunt',
      label: 'Squeeze',
      disabledReason: !r3 ? 'Needs a runner on 3rd.' : s.outs >= 2 ? 'Not with two outs.' : null,
    },
  ];
}

/** The target plus every runner ahead that must also go for it to be legal. */
export function allAheadToo(bases: Bases, target: StealTarget): StealTarget[] {
  const out: StealTarget[] = [target];
  let t = target;
  while (t < 4 && occupied(bases, t as Base)) {
    t = (t + 1) as StealTarget;
    out.push(t);
  }
  return out;
}

/** Why a defensive decision is refused, or null. */
export function defensiveProblem(bases: Bases, d: DefensiveDecision): string | null {
  for (const b of d.hold_runners ?? []) {
    if (!occupied(bases, b)) return `Nobody on ${baseName(b)} to hold.`;
  }
  return null;
}

/** Bases whose runner can be held. */
export function holdableBases(bases: Bases): Base[] {
  return ([1, 2, 3] as const).filter((b) => occupied(bases, b));
}

/** Sensible defaults: hold a runner on 1st when 2nd is open (the usual call). */
export function defaultDefense(bases: Bases): DefensiveDecision {
  const hold: Base[] = occupied(bases, 1) && !occupied(bases, 2) ? [1] : [];
  return { infield_depth: 'normal', outfield_depth: 'normal', hold_runners: hold, intentional_walk: false };
}
