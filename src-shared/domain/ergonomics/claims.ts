import { oshaChecklist, reconstructedOshaItems, type OshaItem, type OshaSection } from './osha-checklist';
import type { RosaItemKey } from './rosa-items';
import type { RosaTable } from './rosa-tables';

/**
 * What the app says about its method, and nothing more (DECISIONS.md #13 "Claims"): the method and
 * its source, and for the safety officer to check against the originals, the table cells and item
 * scores docs/specs/ROSA.md marks as less certain (sections 0, 2, 10) and the OSHA wording
 * marked reconstructed (OSHA-checklist.md). Data for the help screen, in words for the safety officer
 * (no internal section numbers); the tests tie every cell listed here to the table the scorer uses
 * and to the markings of the two files.
 */

/** The method and where it was published. */
export const rosaMethod = {
  name: 'ROSA (Rapid Office Strain Assessment)',
  citation:
    'Sonne M., Villalta D.L., Andrews D.M. (2012). Development and evaluation of an office ergonomic risk checklist: ROSA – Rapid Office Strain Assessment. Applied Ergonomics 43(1): 98–108.',
  doi: '10.1016/j.apergo.2011.03.008',
} as const;

/**
 * The action level as the two sources word it. The app follows the paper (final 5 or more); the
 * manual's wording is shown beside it (ROSA.md "Action level").
 */
export const rosaActionLevelWording = {
  paper: 'A ROSA final score of 5 might therefore be useful as an action level indicating when immediate change is necessary.',
  manual: "Scores of greater than 5 are deemed to be 'high risk'.",
  app: 'A final score of 5 or more: further assessment required.',
} as const;

/** Where the listed cells and scores can be checked: neither was readable cell by cell when the tables were compiled. */
export const rosaOriginals = "the score sheet of Sonne et al. 2012 (Fig. 1) or Sonne's ROSA instruction manual";

/** A table cell to check against the original figure: the value used, and the one that competes with it. */
export type LessCertainCell = {
  readonly table: RosaTable['name'];
  readonly row: number;
  readonly column: number;
  readonly adopted: number;
  readonly alternative: number;
  readonly why: string;
};

const orientation = (table: 'A' | 'B', row: number, column: number, adopted: number, alternative: number): LessCertainCell => ({
  table,
  row,
  column,
  adopted,
  alternative,
  why: `Read with rows and columns swapped, this cell would be ${alternative}: it shows whether the table was copied the right way round.`,
});

/** Every cell ROSA.md asks to verify (sections 0, 10.1 and 10.4), in its order. */
export const lessCertainCells: readonly LessCertainCell[] = [
  {
    table: 'A',
    row: 2,
    column: 2,
    adopted: 2,
    alternative: 1,
    why: 'Eight transcriptions give 2, two give 1. 2 is the majority, and it keeps a perfect chair used under an hour a day at 1 rather than 0, which no later table has. It never decides the action level.',
  },
  // Table A (seat, arm/back).
  orientation('A', 5, 7, 6, 7),
  orientation('A', 5, 8, 7, 8),
  orientation('A', 7, 5, 7, 6),
  orientation('A', 7, 8, 8, 9),
  orientation('A', 8, 5, 8, 7),
  orientation('A', 8, 7, 9, 8),
  // Table B (telephone, monitor).
  orientation('B', 2, 4, 3, 4),
  orientation('B', 2, 5, 4, 5),
  orientation('B', 3, 6, 6, 7),
  orientation('B', 4, 2, 4, 3),
  orientation('B', 4, 6, 7, 8),
  orientation('B', 5, 2, 5, 4),
  orientation('B', 6, 3, 7, 6),
  orientation('B', 6, 4, 8, 7),
];

/** An item score where the sources disagree or the spec infers, with the score used. */
export type LessCertainItemScore = {
  readonly item: RosaItemKey;
  readonly option: string;
  readonly adopted: number;
  readonly alternative: number;
  readonly why: string;
};

/** The item scores ROSA.md marks medium confidence or not from the source (A3, A4, 10.2). */
export const lessCertainItemScores: readonly LessCertainItemScore[] = [
  {
    item: 'backSupport',
    option: 'none',
    adopted: 2,
    alternative: 3,
    why: 'Two implementations give 3 and two give 2; only 2 keeps armrests + back support within Table A (at most 9).',
  },
  {
    item: 'armrests',
    option: 'tooHighOrLow',
    adopted: 2,
    alternative: 3,
    why: 'The sheet has no "no armrests" option; the app scores it as arms unsupported (2). This is an inference, not from the source; one implementation, otherwise unreliable, gives 3.',
  },
];

/** The OSHA items whose wording is reconstructed in whole or in part, and the sections whose lead-in sentence is. */
export const reconstructedOshaWording: { readonly items: readonly OshaItem[]; readonly leadIns: readonly OshaSection[] } = {
  items: reconstructedOshaItems,
  leadIns: oshaChecklist.filter((section) => section.provenance !== 'verbatim' && section.leadIn !== undefined),
};
