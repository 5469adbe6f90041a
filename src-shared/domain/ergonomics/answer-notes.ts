import type { RosaDraft } from './rosa-draft';
import { noArmrestsOption, rosaItems } from './rosa-items';

/** The parts of ROSA with a time category of their own: the chair and each peripheral. */
export type TimedPart = 'chair' | 'monitor' | 'telephone' | 'mouse' | 'keyboard';

/** What the assessor said beside ROSA's answers: "no armrests", and why each time category was picked. */
export type AnswerNotes = { rosa: RosaDraft; noArmrests?: boolean; durationWhy?: Partial<Record<TimedPart, string>> };

/** How ROSA scores "no armrests" (ROSA.md section 13): arms unsupported, nothing ticked. */
export function isNoArmrests(armrests: Record<string, unknown> | undefined): boolean {
  return armrests !== undefined && armrests.base === noArmrestsOption && Object.keys(armrests).every((k) => k === 'base');
}

const partName = (part: TimedPart) => (part === 'chair' ? 'chair' : rosaItems[part].name.toLowerCase());

/**
 * What keeps a finished assessment's notes from standing (plain words, with the field): a time
 * category picked where the hours a day and the longest stretch disagree needs its reason, and
 * "no armrests" must be scored as ROSA.md section 13 says.
 */
export function answerNoteProblem(a: AnswerNotes): { field: string; message: string } | null {
  const unexplained = (Object.entries(a.durationWhy ?? {}) as [TimedPart, string][]).find(([, why]) => why.trim() === '');
  if (unexplained) return { field: `durationWhy.${unexplained[0]}`, message: `say why you picked the time for the ${partName(unexplained[0])}` };
  if (a.noArmrests && !isNoArmrests(a.rosa.chair?.armrests as Record<string, unknown> | undefined)) {
    return { field: 'rosa.chair.armrests', message: 'a chair with no armrests is scored as arms unsupported, with nothing else ticked' };
  }
  return null;
}
