import { rosaItems, type RosaItemDefinition, type RosaItemKey } from '@shared/domain/ergonomics/rosa-items';
import type { RosaFinding } from '@shared/domain/ergonomics/rosa-findings';

/** A finding in the sheet's plain words: "Monitor: Glare on the screen"; a chair with no armrests is said so. */
export function findingWords(finding: RosaFinding, noArmrests = false): string {
  if (noArmrests && finding === 'chair.armrests.tooHighOrLow') return 'Armrests: None (scored as arms unsupported)';
  const parts = finding.split('.');
  const [itemKey, what] = parts[0] === 'chair' ? [parts[1], parts[2]] : [parts[0], parts[1]];
  if (itemKey === 'longDuration') return 'Chair: Seated more than 4 hours a day, or more than 1 hour at a stretch';
  const item: RosaItemDefinition = rosaItems[itemKey as RosaItemKey];
  if (what === 'longDuration') return `${item.name}: Used more than 4 hours a day, or more than 1 hour at a stretch`;
  const label = item.options[what ?? '']?.label ?? item.modifiers[what ?? '']?.label ?? what;
  return `${item.name}: ${label}`;
}
