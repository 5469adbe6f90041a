/**
 * ROSA's items as data (docs/specs/ROSA.md sections 2, 4 and 6): each item's base options
 * (choose one) with their score, and its modifiers (tick any) with the points they add. The input
 * types, the scoring and the validation are all derived from this one literal, so an option or a
 * modifier exists in exactly one place.
 *
 *   item              code  base options (score)                                   modifiers (points)          range
 *   seatHeight        A1    ok 1, tooLow 2, tooHigh 2, noFootContact 3             legSpace +1, notAdj +1       1-5
 *   seatDepth         A2    ok 1, tooLong 2, tooShort 2                            notAdj +1                    1-3
 *   armrests          A3    ok 1, tooHighOrLow 2                                   hard +1, wide +1, notAdj +1  1-5
 *   backSupport       A4    ok 1, noLumbar 2, badAngle 2, none 2                   surfaceHigh +1, notAdj +1    1-4
 *   monitor           B1    ok 1, tooLow 2, tooHigh 3                              far, twist, glare, docs +1   1-7
 *   telephone         B2    ok 1, tooFar 2                                         neckShoulderHold +2, hands +1 1-5
 *   mouse             C1    ok 1, reaching 2                                       surface +2, pinch, palm +1   1-6
 *   keyboard          C2    ok 1, wristsExtended 2                                 deviation, high, overhead, platform +1  1-6
 *
 * Readings ROSA.md settles (section 10.2): no foot contact is 3, no back support is 2, a cradled
 * phone and a mouse on another surface add 2, "too far" and "reaching" are bases of 2 (they replace
 * the 1, nothing is added on top), a monitor too high is 3. A desk with no armrests is entered as
 * `tooHighOrLow` (arms unsupported, 2): ROSA.md A3 and section 13.
 */

/** One base option: its score and the sheet's wording in plain words. */
export type RosaOptionDefinition = { readonly score: number; readonly label: string };

/** One modifier: the points it adds when ticked and its wording. */
export type RosaModifierDefinition = { readonly points: number; readonly label: string };

/** An item of the score sheet: mutually exclusive base options and additive modifiers. */
export type RosaItemDefinition = {
  readonly code: string;
  readonly name: string;
  readonly options: Readonly<Record<string, RosaOptionDefinition>>;
  readonly modifiers: Readonly<Record<string, RosaModifierDefinition>>;
};

/** The eight items of the ROSA sheet. */
export const rosaItems = {
  seatHeight: {
    code: 'A1',
    name: 'Seat pan height',
    options: {
      ok: { score: 1, label: 'Knees bent at about 90°, feet flat on the floor' },
      tooLow: { score: 2, label: 'Too low: knee angle less than 90°' },
      tooHigh: { score: 2, label: 'Too high: knee angle more than 90°' },
      noFootContact: { score: 3, label: 'Feet do not reach the floor' },
    },
    modifiers: {
      insufficientLegSpace: { points: 1, label: 'Not enough space under the desk to move or cross the legs' },
      notAdjustable: { points: 1, label: 'Seat height cannot be adjusted' },
    },
  },
  seatDepth: {
    code: 'A2',
    name: 'Seat pan depth',
    options: {
      ok: { score: 1, label: 'About 3 in (7.5 cm) between the back of the knee and the front of the seat' },
      tooLong: { score: 2, label: 'Too long: less than 3 in of space' },
      tooShort: { score: 2, label: 'Too short: more than 3 in of space' },
    },
    modifiers: {
      notAdjustable: { points: 1, label: 'Seat depth cannot be adjusted' },
    },
  },
  armrests: {
    code: 'A3',
    name: 'Armrests',
    options: {
      ok: { score: 1, label: 'Elbows supported in line with the shoulders, shoulders relaxed' },
      tooHighOrLow: { score: 2, label: 'Too high (shoulders shrugged) or too low (arms unsupported)' },
    },
    modifiers: {
      hardOrDamaged: { points: 1, label: 'Hard or damaged surface' },
      tooWide: { points: 1, label: 'Too far apart: arms held away from the body' },
      notAdjustable: { points: 1, label: 'Armrests cannot be adjusted' },
    },
  },
  backSupport: {
    code: 'A4',
    name: 'Back support',
    options: {
      ok: { score: 1, label: 'Lower back supported, chair reclined between 95° and 110°' },
      noLumbar: { score: 2, label: 'No lumbar support, or not in the small of the back' },
      badAngle: { score: 2, label: 'Backrest reclined too far (over 110°) or too upright (under 95°)' },
      none: { score: 2, label: 'No back support (a stool, or leaning forward away from it)' },
    },
    modifiers: {
      workSurfaceTooHigh: { points: 1, label: 'Work surface too high: shoulders shrugged' },
      notAdjustable: { points: 1, label: 'Back support cannot be adjusted' },
    },
  },
  monitor: {
    code: 'B1',
    name: 'Monitor',
    options: {
      ok: { score: 1, label: "At arm's length (40-75 cm), screen at eye level" },
      tooLow: { score: 2, label: 'Too low: below 30°' },
      tooHigh: { score: 3, label: 'Too high: neck bent back' },
    },
    modifiers: {
      tooFar: { points: 1, label: 'Too far away (over 75 cm)' },
      neckTwist: { points: 1, label: 'Neck turned more than 30°' },
      glare: { points: 1, label: 'Glare on the screen' },
      noDocumentHolder: { points: 1, label: 'Works from papers with no document holder' },
    },
  },
  telephone: {
    code: 'B2',
    name: 'Telephone',
    options: {
      ok: { score: 1, label: 'Headset, or one hand on the phone with the neck upright' },
      tooFar: { score: 2, label: 'Phone out of reach (over 30 cm away)' },
    },
    modifiers: {
      neckShoulderHold: { points: 2, label: 'Phone held between the neck and the shoulder' },
      noHandsFree: { points: 1, label: 'No hands-free option' },
    },
  },
  mouse: {
    code: 'C1',
    name: 'Mouse',
    options: {
      ok: { score: 1, label: 'Mouse in line with the shoulder' },
      reaching: { score: 2, label: 'Reaching for the mouse' },
    },
    modifiers: {
      differentSurface: { points: 2, label: 'Mouse and keyboard on different surfaces (different heights)' },
      pinchGrip: { points: 1, label: 'Pinch grip on a small mouse' },
      palmRest: { points: 1, label: 'Palm rest in front of the mouse' },
    },
  },
  keyboard: {
    code: 'C2',
    name: 'Keyboard',
    options: {
      ok: { score: 1, label: 'Wrists straight, shoulders relaxed' },
      wristsExtended: { score: 2, label: 'Wrists bent up more than 15°, or keyboard tilted up' },
    },
    modifiers: {
      wristDeviation: { points: 1, label: 'Wrists bent sideways while typing' },
      tooHigh: { points: 1, label: 'Keyboard too high: shoulders shrugged' },
      overheadReach: { points: 1, label: 'Reaching to items overhead' },
      platformNotAdjustable: { points: 1, label: 'Keyboard platform cannot be adjusted' },
    },
  },
} as const satisfies Record<string, RosaItemDefinition>;

/** The name of a ROSA item (`seatHeight` .. `keyboard`). */
export type RosaItemKey = keyof typeof rosaItems;

/** The four chair items, which share the chair's one duration. */
export const chairItemKeys = ['seatHeight', 'seatDepth', 'armrests', 'backSupport'] as const;

/** The items with a duration of their own. */
export const peripheralItemKeys = ['monitor', 'telephone', 'mouse', 'keyboard'] as const;

/** A base option of item `K`. */
export type RosaOption<K extends RosaItemKey> = keyof (typeof rosaItems)[K]['options'] & string;

/** A modifier of item `K`. */
export type RosaModifier<K extends RosaItemKey> = keyof (typeof rosaItems)[K]['modifiers'] & string;

/** What the assessor chose for item `K`: one base option, and each modifier ticked or not (absent = not). */
export type RosaItemAnswer<K extends RosaItemKey> = { base: RosaOption<K> } & { [M in RosaModifier<K>]?: boolean };

/**
 * Time at the item, one of three categories (ROSA.md section 2): -1 under 1 h a day or under 30 min
 * at a stretch, 0 for 1-4 h a day or 30 min-1 h at a stretch, +1 over 4 h a day or over 1 h at a
 * stretch. When the daily and the continuous criteria disagree the sheet gives no rule: the assessor
 * picks one and records why, so the scorer takes the category, never hours.
 */
export type RosaDuration = -1 | 0 | 1;

/** The duration categories with their criteria, in the order a form offers them. */
export const rosaDurations: readonly { readonly value: RosaDuration; readonly label: string }[] = [
  { value: -1, label: 'Less than 1 hour a day in total, or less than 30 minutes at a stretch' },
  { value: 0, label: '1 to 4 hours a day, or 30 minutes to 1 hour at a stretch' },
  { value: 1, label: 'More than 4 hours a day, or more than 1 hour at a stretch' },
];

/** The option a form's "no armrests" maps to: arms unsupported (ROSA.md A3, section 13). */
export const noArmrestsOption: RosaOption<'armrests'> = 'tooHighOrLow';

/** ROSA's input (ROSA.md section 13): the chair's four items share one duration, the others have their own. */
export type RosaInput = {
  chair: {
    seatHeight: RosaItemAnswer<'seatHeight'>;
    seatDepth: RosaItemAnswer<'seatDepth'>;
    armrests: RosaItemAnswer<'armrests'>;
    backSupport: RosaItemAnswer<'backSupport'>;
    duration: RosaDuration;
  };
  monitor: RosaItemAnswer<'monitor'> & { duration: RosaDuration };
  telephone: RosaItemAnswer<'telephone'> & { duration: RosaDuration };
  mouse: RosaItemAnswer<'mouse'> & { duration: RosaDuration };
  keyboard: RosaItemAnswer<'keyboard'> & { duration: RosaDuration };
};

/** An item's value before any duration: its base option's score plus every ticked modifier (ROSA.md section 9, rule 1). */
export function itemValue<K extends RosaItemKey>(key: K, answer: RosaItemAnswer<K>): number {
  const definition: RosaItemDefinition = rosaItems[key];
  const base = Object.hasOwn(definition.options, answer.base) ? definition.options[answer.base] : undefined;
  if (!base) throw new RangeError(`${key}.base is not an option of ${definition.name}`);
  const flags = answer as Record<string, unknown>;
  return Object.entries(definition.modifiers).reduce((sum, [name, modifier]) => (flags[name] === true ? sum + modifier.points : sum), base.score);
}

/** The lowest and highest value item `key` can take before its duration. */
export function itemRange(key: RosaItemKey): { min: number; max: number } {
  const definition: RosaItemDefinition = rosaItems[key];
  const scores = Object.values(definition.options).map((option) => option.score);
  const points = Object.values(definition.modifiers).reduce((sum, modifier) => sum + modifier.points, 0);
  return { min: Math.min(...scores), max: Math.max(...scores) + points };
}
