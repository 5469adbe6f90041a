import type { chairItemKeys, peripheralItemKeys, RosaModifier, RosaOption } from './rosa-items';

/**
 * Every answer on the ROSA sheet that raises a score (../../../../docs/specs/ROSA.md, sections 2,
 * 4 and 6; item and option names as in its section 13 contract), plus each item's duration of more
 * than 4 hours a day or 1 hour at a stretch (`longDuration`). These are what a recommendation in the
 * county's catalogue can answer; the recommendations themselves are the county's words, not ROSA's.
 * The names are checked against the items of rosa-items.ts (the type below; a unit test that none is
 * missing), so the sheet's options and modifiers are defined there alone.
 */
export const rosaFindings = [
  'chair.seatHeight.tooLow', 'chair.seatHeight.tooHigh', 'chair.seatHeight.noFootContact',
  'chair.seatHeight.insufficientLegSpace', 'chair.seatHeight.notAdjustable',
  'chair.seatDepth.tooLong', 'chair.seatDepth.tooShort', 'chair.seatDepth.notAdjustable',
  'chair.armrests.tooHighOrLow', 'chair.armrests.hardOrDamaged', 'chair.armrests.tooWide', 'chair.armrests.notAdjustable',
  'chair.backSupport.noLumbar', 'chair.backSupport.badAngle', 'chair.backSupport.none',
  'chair.backSupport.workSurfaceTooHigh', 'chair.backSupport.notAdjustable', 'chair.longDuration',
  'monitor.tooLow', 'monitor.tooHigh', 'monitor.tooFar', 'monitor.neckTwist', 'monitor.glare',
  'monitor.noDocumentHolder', 'monitor.longDuration',
  'telephone.tooFar', 'telephone.neckShoulderHold', 'telephone.noHandsFree', 'telephone.longDuration',
  'mouse.reaching', 'mouse.differentSurface', 'mouse.pinchGrip', 'mouse.palmRest', 'mouse.longDuration',
  'keyboard.wristsExtended', 'keyboard.wristDeviation', 'keyboard.tooHigh', 'keyboard.overheadReach',
  'keyboard.platformNotAdjustable', 'keyboard.longDuration',
] as const satisfies readonly SheetFinding[];
export type RosaFinding = (typeof rosaFindings)[number];

type ChairKey = (typeof chairItemKeys)[number];
type PeripheralKey = (typeof peripheralItemKeys)[number];
/** An answer that raises K's score: any option but `ok`, or any modifier. */
type Raising<K extends ChairKey | PeripheralKey> = Exclude<RosaOption<K>, 'ok'> | RosaModifier<K>;
/** Every name a finding can have, by the input paths of ROSA.md section 13. */
type SheetFinding =
  | { [K in ChairKey]: `chair.${K}.${Raising<K>}` }[ChairKey]
  | 'chair.longDuration'
  | { [K in PeripheralKey]: `${K}.${Raising<K> | 'longDuration'}` }[PeripheralKey];
