import { chairItemKeys, peripheralItemKeys, rosaItems, type RosaDuration, type RosaInput, type RosaItemDefinition } from './rosa-items';
import { rosaInputProblems } from './rosa-input-problems';
import { scoreRosa, type RosaScore } from './rosa';
import { rosaFindings, type RosaFinding } from './rosa-findings';

/**
 * ROSA answers while the form is being filled in: section 13's input with any part still missing.
 * Stored as is in an assessment, so a draft taken at the desk keeps what was answered so far.
 * Sub-scores appear as soon as the answers they depend on are complete:
 *
 *   sub-score          needs
 *   chair              the four chair items and the chair's duration
 *   monitorTelephone   monitor and telephone, each with its duration
 *   mouseKeyboard      mouse and keyboard, each with its duration
 *   peripherals        both of the above
 *   final, actionLevel everything
 */
export type RosaDraft = {
  chair?: { [K in (typeof chairItemKeys)[number]]?: RosaInput['chair'][K] } & { duration?: RosaDuration };
} & { [K in (typeof peripheralItemKeys)[number]]?: Partial<RosaInput[K]> };

/** The sub-scores a draft has so far (the section scores shown on the form as it fills). */
export type RosaLiveScore = Partial<Pick<RosaScore, 'chair' | 'monitorTelephone' | 'mouseKeyboard' | 'peripherals' | 'final' | 'actionLevel'>>;

/** The sections of the sheet a sub-score stands on. */
type Section = 'chair' | (typeof peripheralItemKeys)[number];

const sections: readonly Section[] = ['chair', ...peripheralItemKeys];

/** An ideal workstation, durations 0: stands in for the sections not answered yet, never shown. */
const ideal: RosaInput = {
  chair: { seatHeight: { base: 'ok' }, seatDepth: { base: 'ok' }, armrests: { base: 'ok' }, backSupport: { base: 'ok' }, duration: 0 },
  monitor: { base: 'ok', duration: 0 },
  telephone: { base: 'ok', duration: 0 },
  mouse: { base: 'ok', duration: 0 },
  keyboard: { base: 'ok', duration: 0 },
};

/** Whether one section of the draft is answered in full, with answers ROSA offers. */
export function sectionComplete(draft: RosaDraft, section: Section): boolean {
  return draft[section] !== undefined && rosaInputProblems({ ...ideal, [section]: draft[section] }).length === 0;
}

/** The draft's complete sections, the ideal workstation elsewhere. */
function withIdeal(draft: RosaDraft): RosaInput {
  return Object.fromEntries(sections.map((s) => [s, sectionComplete(draft, s) ? draft[s] : ideal[s]])) as RosaInput;
}

/** The draft as a complete ROSA input, or null while anything is missing or wrong. */
export function completeRosa(draft: RosaDraft): RosaInput | null {
  return rosaInputProblems(draft).length === 0 ? (draft as RosaInput) : null;
}

/**
 * The sub-scores the draft's answers decide, by `scoreRosa` itself: a sub-score is read off the
 * score of the draft completed with ideal answers only when every section it depends on is
 * answered, so no sub-score shown ever depends on an answer not given.
 */
export function liveRosaScore(draft: RosaDraft): RosaLiveScore {
  const done = (s: Section) => sectionComplete(draft, s);
  const chairDone = done('chair');
  const b = done('monitor') && done('telephone');
  const c = done('mouse') && done('keyboard');
  if (!chairDone && !b && !c) return {};
  const score = scoreRosa(withIdeal(draft));
  return {
    ...(chairDone ? { chair: score.chair } : {}),
    ...(b ? { monitorTelephone: score.monitorTelephone } : {}),
    ...(c ? { mouseKeyboard: score.mouseKeyboard } : {}),
    ...(b && c ? { peripherals: score.peripherals } : {}),
    ...(chairDone && b && c ? { final: score.final, actionLevel: score.actionLevel } : {}),
  };
}

const findingSet: ReadonlySet<string> = new Set(rosaFindings);

/**
 * The findings of the answers given (rosa-findings.ts): every chosen option other than the ideal
 * one, every ticked modifier, and every duration of more than 4 hours a day. Recommendations from
 * the catalogue are suggested from these.
 */
export function rosaFindingsOf(draft: RosaDraft): RosaFinding[] {
  const found: string[] = [];
  const item = (path: string, definition: RosaItemDefinition, answer: Record<string, unknown> | undefined) => {
    if (!answer) return;
    if (typeof answer.base === 'string' && answer.base !== 'ok') found.push(`${path}.${answer.base}`);
    for (const name of Object.keys(definition.modifiers)) if (answer[name] === true) found.push(`${path}.${name}`);
  };
  for (const key of chairItemKeys) item(`chair.${key}`, rosaItems[key], draft.chair?.[key]);
  if (draft.chair?.duration === 1) found.push('chair.longDuration');
  for (const key of peripheralItemKeys) {
    const answer = draft[key] as Record<string, unknown> | undefined;
    item(key, rosaItems[key], answer);
    if (answer?.duration === 1) found.push(`${key}.longDuration`);
  }
  return found.filter((f): f is RosaFinding => findingSet.has(f));
}
