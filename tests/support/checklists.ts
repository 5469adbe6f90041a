import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import { readShippedEntries } from '@shared/schema/reference-shipped';
import type { ChecklistTemplate } from '@shared/domain/checklist-template';

const file = fileURLToPath(new URL('../../resources/reference/checklist-templates.json', import.meta.url));

/** The checklist templates FieldDesk ships (resources/reference/checklist-templates.json), as the server stamps them. */
export function shippedChecklists(): ReferenceDoc[] {
  const read = readShippedEntries(JSON.parse(readFileSync(file, 'utf8')), '2026-03-02T10:00:00.000Z');
  if ('violation' in read) throw new Error(`${read.violation.field}: ${read.violation.message}`);
  return read.docs;
}

/** One shipped template's checklist by key. */
export function shippedChecklist(key: string): ChecklistTemplate {
  const doc = shippedChecklists().find((d) => d.key === key);
  if (!doc?.checklist) throw new Error(`no shipped checklist ${key}`);
  return doc.checklist;
}

/** A small sound template: a yes-no step branching to an exit or a number step, a choice, and both kinds of exit. */
export function smallChecklist(): ChecklistTemplate {
  return {
    description: 'A test checklist.',
    categories: ['network'],
    start: 'lights',
    steps: [
      { id: 'lights', instruction: 'Look at the port.', question: 'Link lights on?', answer: 'yes-no', branches: [{ is: 'yes', next: 'speed' }, { is: 'no', next: 'cable' }] },
      { id: 'cable', instruction: 'Swap the cable.', question: 'Which cable?', answer: 'choice', choices: [{ id: 'new', label: 'A new one' }, { id: 'spare', label: 'The spare' }], next: 'fixed' },
      { id: 'speed', instruction: 'Run a speed test.', question: 'Download speed?', answer: 'number', unit: 'Mbit/s', branches: [{ below: 10, next: 'slow' }, { atLeast: 10, next: 'note' }] },
      { id: 'note', instruction: 'Write what you saw.', question: 'Anything else?', answer: 'text', optional: true, next: 'fixed' },
    ],
    exits: [
      { id: 'fixed', outcome: 'resolved', resolutionCode: 'cable-or-port', summary: 'Cable: {cable}.' },
      { id: 'slow', outcome: 'escalate', level: 2, referral: 'Only {speed} with link lights {lights}; cable {cable}.' },
    ],
  };
}
