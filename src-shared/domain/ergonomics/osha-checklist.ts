import type { RosaItemKey } from './rosa-items';

/**
 * The OSHA Computer Workstations eTool evaluation checklist, version 1 (the original eTool
 * checklist, public domain), as docs/specs/OSHA-checklist.md transcribes it. One version
 * only: the file warns against mixing the two wordings in one form.
 *
 * Each item carries where its wording comes from: `verbatim` (read in a published copy),
 * `startVerbatim` (only its beginning was read, the rest is reconstructed) or `reconstructed`
 * (from memory of the OSHA text: the sense holds, the wording must be checked before it ships).
 * OSHA publishes no score, so the checklist is unscored: a "no" means a problem may exist and needs
 * a note; "not applicable" is for the "if used / if provided" items above all.
 */

/** How an item was answered. */
export type OshaAnswer = 'yes' | 'no' | 'notApplicable';

/** Where an item's wording comes from (OSHA-checklist.md's [V] and [R] markers). */
export type OshaProvenance = 'verbatim' | 'startVerbatim' | 'reconstructed';

/** One checklist item; `id` is `section.number`, stable for stored answers. */
export type OshaItem = {
  readonly id: string;
  readonly section: OshaSectionKey;
  readonly number: number;
  readonly text: string;
  readonly provenance: OshaProvenance;
  /** The item applies only when the thing is used or provided ("if used", "if provided"). */
  readonly ifProvided?: true;
  /** ROSA items a "no" here points to, where one matches. */
  readonly rosaItems?: readonly RosaItemKey[];
};

export type OshaSectionKey = 'workingPostures' | 'seating' | 'keyboardInputDevice' | 'monitor' | 'workArea' | 'accessories' | 'general';

/** A section: its title, its lead-in sentence, and its items. */
export type OshaSection = {
  readonly key: OshaSectionKey;
  readonly title: string;
  /** Where the lead-in's wording comes from. */
  readonly provenance: OshaProvenance;
  readonly leadIn?: string;
  /** What the published copy says a "no" in this section should prompt. */
  readonly afterNo?: string;
  readonly items: readonly OshaItem[];
};

/** The checklist's name, version and source; the intro leaves out its pointer to the Purchasing Guide checklist, which the app does not offer. */
export const oshaChecklistSource = {
  title: 'OSHA Computer Workstations eTool: Evaluation Checklist',
  version: 1,
  publisher: 'U.S. Occupational Safety and Health Administration (public domain)',
  published: 'Safe Workstations and Purchasing Guide Checklists (2003 onward)',
  intro:
    "This checklist can help you create a safe and comfortable computer workstation. A 'No' response indicates that a problem may exist and further analysis is needed.",
} as const;

type ItemSpec = readonly [text: string, provenance: OshaProvenance, extra?: { ifProvided?: true; rosaItems?: readonly RosaItemKey[] }];

type SectionWords = { title: string; provenance: OshaProvenance; leadIn?: string; afterNo?: string };

function section(key: OshaSectionKey, words: SectionWords, specs: readonly ItemSpec[]): OshaSection {
  const items = specs.map(([text, provenance, extra], index): OshaItem => ({ id: `${key}.${index + 1}`, section: key, number: index + 1, text, provenance, ...extra }));
  return { key, ...words, items };
}

const V: OshaProvenance = 'verbatim';
const R: OshaProvenance = 'reconstructed';

// The ROSA links beyond OSHA-checklist.md's three examples (Seating 3, Monitor 1, Accessories 5)
// pair an item with the ROSA item asking about the same thing; they suggest findings, no more.
/** The seven sections of version 1, in the published order. */
export const oshaChecklist: readonly OshaSection[] = [
  section('workingPostures', { title: 'Working postures', provenance: V, leadIn: 'The workstation is designed or arranged for doing computer tasks so it allows your…' }, [
    ['Head and neck to be upright or in-line with the torso (not bent down or back).', V],
    ['Head, neck, and trunk to face forward (not twisted).', V],
    ['Trunk to be perpendicular to floor (may lean back into backrest but not forward).', V],
    ['Shoulders and upper arms to be in-line with the torso, generally about perpendicular to the floor and relaxed (not elevated or stretched forward).', V],
    ['Upper arms and elbows to be close to the body (not extended outward).', V],
    ['Forearms, wrists, and hands to be straight and in-line (forearm at about 90 degrees to the upper arm).', V],
    ['Wrists and hands to be straight (not bent up/down or sideways toward the little finger).', V],
    ['Thighs to be parallel to the floor and the lower legs to be perpendicular to floor (thighs may be slightly elevated above knees).', V],
    ['Feet to rest flat on the floor or supported by a stable footrest.', V, { rosaItems: ['seatHeight'] }],
  ]),
  section('seating', { title: 'Seating', provenance: V, leadIn: 'Consider these points when evaluating the chair:', afterNo: "'No' answers to any of these questions should prompt a review of chairs." }, [
    ['Backrest provides support for your lower back (lumbar area).', V, { rosaItems: ['backSupport'] }],
    ['Seat width and depth accommodate the specific user (seat pan not too big or small).', V, { rosaItems: ['seatDepth'] }],
    ['Seat front does not press against the back of your knees and lower legs (seat pan not too long).', V, { rosaItems: ['seatDepth'] }],
    ['Seat has cushioning and is rounded with a "waterfall" front (no sharp edge).', V],
    ['Armrests, if used, support both forearms while you perform computer tasks; and they do not interfere with movement.', V, { ifProvided: true, rosaItems: ['armrests'] }],
  ]),
  section('keyboardInputDevice', { title: 'Keyboard / input device', provenance: V, leadIn: 'Consider these points when evaluating the keyboard or pointing device. The keyboard/input device is designed or arranged for doing computer tasks so the…' }, [
    ['Keyboard/input device platform(s) is stable and large enough to hold a keyboard and an input device.', 'startVerbatim'],
    ['Input device (mouse or trackball) is located right next to your keyboard so it can be operated without reaching.', R, { rosaItems: ['mouse'] }],
    ['Input device is easy to activate and the shape/size fits your hand (not too big/small).', R, { rosaItems: ['mouse'] }],
    ['Wrists and hands do not rest on sharp or hard edges.', R],
  ]),
  section('monitor', { title: 'Monitor', provenance: R, leadIn: 'Consider these points when evaluating the monitor. The monitor is designed or arranged for computer tasks so the…' }, [
    ['Top of the screen is at or below eye level so you can read it without bending your head or neck down/back.', R, { rosaItems: ['monitor'] }],
    ['User with bifocals/trifocals can read the screen without bending the head or neck backward.', R, { rosaItems: ['monitor'] }],
    ['Monitor distance allows you to read the screen without leaning your head, neck or trunk forward/backward.', R, { rosaItems: ['monitor'] }],
    ["Monitor position is directly in front of you so you don't have to twist your head or neck.", R, { rosaItems: ['monitor'] }],
    ['Glare (for example, from windows, lights) is not reflected on your screen which can cause you to assume an awkward posture to clearly see information on your screen.', R, { rosaItems: ['monitor'] }],
  ]),
  section('workArea', { title: 'Work area', provenance: R, leadIn: 'Consider these points when evaluating the desk and workstation. The work area is designed or arranged so the…' }, [
    ['Thighs have sufficient clearance space between the top of the thighs and your computer table/keyboard platform (thighs are not trapped).', R],
    ['Legs and feet have sufficient clearance space under the work surface so you are able to get close enough to the keyboard/input device.', R, { rosaItems: ['seatHeight'] }],
  ]),
  section('accessories', { title: 'Accessories', provenance: R, leadIn: 'Check to see if the…' }, [
    ['Document holder, if provided, is stable and large enough to hold documents.', R, { ifProvided: true }],
    ['Document holder, if provided, is placed at about the same height and distance as the monitor screen so there is little head movement, or need to re-focus, when you look from the document to the screen.', R, { ifProvided: true, rosaItems: ['monitor'] }],
    ['Wrist/palm rest, if provided, is padded and free of sharp or square edges that push on your wrists.', R, { ifProvided: true }],
    ['Wrist/palm rest, if provided, allows you to keep your forearms, wrists, and hands straight and in-line when using the keyboard/input device.', R, { ifProvided: true, rosaItems: ['keyboard', 'mouse'] }],
    ['Telephone can be used with your head upright (not bent) and your shoulders relaxed (not elevated) if you do computer tasks at the same time.', R, { rosaItems: ['telephone'] }],
  ]),
  section('general', { title: 'General', provenance: R }, [
    ['Workstation and equipment have sufficient adjustability so you are in a safe working posture and can make occasional changes in posture while performing computer tasks.', R],
    ['Computer workstation, components and accessories are maintained in serviceable condition and function properly.', R],
    ['Computer tasks are organized in a way that allows you to vary tasks with other work activities, or to take micro-breaks or recovery pauses while at the computer workstation.', R],
  ]),
];

/** Every item of the checklist in order. */
export const oshaItems: readonly OshaItem[] = oshaChecklist.flatMap((s) => s.items);

/** The items whose wording is not (all) verbatim: the ones to check against OSHA's text before release. */
export const reconstructedOshaItems: readonly OshaItem[] = oshaItems.filter((item) => item.provenance !== 'verbatim');
