import { itemValue, type RosaInput } from './rosa-items';
import { rosaInputProblems, type RosaInputProblem } from './rosa-input-problems';
import { lookup, tableA, tableB, tableC, tableD, tableE } from './rosa-tables';

/**
 * ROSA, the Rapid Office Strain Assessment (Sonne, Villalta & Andrews 2012), scored exactly as
 * docs/specs/ROSA.md section 9 "Implementation rules" says:
 *
 *   1. item value = base option + ticked modifiers                       (rosa-items.ts)
 *   2. seat = A1 + A2 (2-8); armBack = A3 + A4 (2-9); tableA = A[seat][armBack];
 *      chair = tableA + chair duration (1-10)                            duration AFTER the lookup
 *   3. monitor = min(B1 + duration, 7); telephone = B2 + duration;
 *      mouse = C1 + duration; keyboard = C2 + duration (each 0 or more)  duration BEFORE the lookup
 *   4. monitorTelephone = B[telephone][monitor]; mouseKeyboard = C[mouse][keyboard];
 *      peripherals = D[monitorTelephone][mouseKeyboard]; final = E[chair][peripherals]
 *   5. actionLevel = final >= 5 (the paper's action level; the manual's "greater than 5" is not used)
 *
 * The monitor cap: the monitor item reaches 7 and its duration +1, but Table B stops at 7 (ROSA.md B1).
 */

/** The final score at which ROSA's action level is reached: further assessment required. */
export const rosaActionLevel = 5;

/** The monitor value's cap, Table B's last column (ROSA.md B1). */
export const monitorCap = 7;

/** Every intermediate of the score sheet and the result (ROSA.md section 13). */
export type RosaScore = {
  /** Seat pan height + depth, Table A's row (2-8). */
  seat: number;
  /** Armrests + back support, Table A's column (2-9). */
  armBack: number;
  /** Table A before the chair duration (2-9). */
  tableA: number;
  /** Chair score: Table A + chair duration (1-10). */
  chair: number;
  /** Monitor item + its duration, capped at 7 (0-7). */
  monitor: number;
  /** Telephone item + its duration (0-6). */
  telephone: number;
  /** Table B (1-9). */
  monitorTelephone: number;
  /** Mouse item + its duration (0-7). */
  mouse: number;
  /** Keyboard item + its duration (0-7). */
  keyboard: number;
  /** Table C (1-9). */
  mouseKeyboard: number;
  /** Table D, monitor and peripherals (1-9). */
  peripherals: number;
  /** Table E, the ROSA final score (1-10). */
  final: number;
  /** Whether the final score is at or above the action level (5): further assessment required. */
  actionLevel: boolean;
};

/** The input named its problems: thrown only by `scoreRosa`, when handed what its type forbids. */
export class RosaInputError extends Error {
  readonly problems: readonly RosaInputProblem[];
  constructor(problems: readonly RosaInputProblem[]) {
    super(`Not a ROSA input: ${problems.map((p) => p.field || 'the input').join(', ')}`);
    this.name = 'RosaInputError';
    this.problems = problems;
  }
}

/** Whether a final score reaches the action level (final >= 5). */
export function reachesActionLevel(final: number): boolean {
  return final >= rosaActionLevel;
}

/**
 * Scores a ROSA input. Forms and boundaries check with `rosaInputProblems` (or call `tryScoreRosa`)
 * first; an input that gets past the type checker anyway is rejected with a `RosaInputError` naming
 * its fields rather than scored into a number ROSA cannot give.
 */
export function scoreRosa(input: RosaInput): RosaScore {
  const problems = rosaInputProblems(input);
  if (problems.length > 0) throw new RosaInputError(problems);
  return score(input);
}

/** Scores any value, or says in plain words what makes it impossible; never throws. */
export function tryScoreRosa(value: unknown): { ok: true; score: RosaScore } | { ok: false; problems: RosaInputProblem[] } {
  const problems = rosaInputProblems(value);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, score: score(value as RosaInput) };
}

/** The score of an input already checked. */
function score(input: RosaInput): RosaScore {
  const { chair } = input;
  const seat = itemValue('seatHeight', chair.seatHeight) + itemValue('seatDepth', chair.seatDepth);
  const armBack = itemValue('armrests', chair.armrests) + itemValue('backSupport', chair.backSupport);
  const a = lookup(tableA, seat, armBack);
  const chairScore = a + chair.duration;
  const monitor = Math.min(itemValue('monitor', input.monitor) + input.monitor.duration, monitorCap);
  const telephone = itemValue('telephone', input.telephone) + input.telephone.duration;
  const mouse = itemValue('mouse', input.mouse) + input.mouse.duration;
  const keyboard = itemValue('keyboard', input.keyboard) + input.keyboard.duration;
  const monitorTelephone = lookup(tableB, telephone, monitor);
  const mouseKeyboard = lookup(tableC, mouse, keyboard);
  const peripherals = lookup(tableD, monitorTelephone, mouseKeyboard);
  const final = lookup(tableE, chairScore, peripherals);
  return {
    seat,
    armBack,
    tableA: a,
    chair: chairScore,
    monitor,
    telephone,
    monitorTelephone,
    mouse,
    keyboard,
    mouseKeyboard,
    peripherals,
    final,
    actionLevel: reachesActionLevel(final),
  };
}
