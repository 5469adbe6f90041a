import { chairItemKeys, peripheralItemKeys, rosaItems, type RosaItemDefinition, type RosaItemKey } from '../domain/ergonomics/rosa-items';
import { oshaItems } from '../domain/ergonomics/osha-checklist';
import { oshaNoteMaxLength } from '../domain/ergonomics/osha-answers';

/**
 * JSON schemas of the answers an assessment stores, generated from the one literal of ROSA items
 * (../domain/ergonomics/rosa-items.ts) so no option or modifier is listed twice. Every part is
 * optional: a draft holds what has been answered so far; a final assessment must be a complete
 * ROSA input (the collection's check, ergonomic-assessment.schema.ts).
 */

const duration = { type: 'integer', enum: [-1, 0, 1] } as const;

function itemSchema(key: RosaItemKey, withDuration: boolean) {
  const item: RosaItemDefinition = rosaItems[key];
  const modifiers = Object.fromEntries(Object.keys(item.modifiers).map((m) => [m, { type: 'boolean' }]));
  return {
    type: 'object',
    additionalProperties: false,
    properties: { base: { type: 'string', enum: Object.keys(item.options), maxLength: 20 }, ...modifiers, ...(withDuration ? { duration } : {}) },
  };
}

/** ROSA.md section 13's input, every part optional. */
export const rosaAnswersSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    chair: {
      type: 'object',
      additionalProperties: false,
      properties: { ...Object.fromEntries(chairItemKeys.map((k) => [k, itemSchema(k, false)])), duration },
    },
    ...Object.fromEntries(peripheralItemKeys.map((k) => [k, itemSchema(k, true)])),
  },
} as const;

/** The OSHA checklist's answers (../domain/ergonomics/osha-answers.ts), by item id. */
export const oshaAnswersSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { type: 'integer', enum: [1] },
    // By item id (`seating.3`): RxDB allows no dots in property names, so ids are checked by the collection's check.
    items: {
      type: 'object',
      maxProperties: oshaItems.length,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: { answer: { type: 'string', enum: ['yes', 'no', 'notApplicable'], maxLength: 16 }, note: { type: 'string', maxLength: oshaNoteMaxLength } },
        required: ['answer'],
      },
    },
  },
  required: ['version', 'items'],
} as const;
