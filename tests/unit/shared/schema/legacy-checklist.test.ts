import { describe, expect, it } from 'vitest';
import { checklistFromItems } from '@shared/schema/legacy-checklist';
import { checklistTemplateProblems, type ChecklistTemplate } from '@shared/domain/checklist-template';
import { runPosition } from '@shared/domain/checklist-run';

// A template as reference schema version 0 stored it (the shipped "Service a printer", version 1).
const old = {
  kind: 'checklist-template', key: 'printer-service', version: 1, name: 'Service a printer',
  checklist: {
    description: 'A visit to a printer.', categories: ['printer-peripheral'],
    items: [
      { id: 'asset-tag-scanned', text: "Scan the printer's asset tag", answer: 'check', required: true },
      { id: 'page-count', text: 'Page count', answer: 'number', required: false },
      { id: 'toner-level', text: 'Toner above 10 %', answer: 'yes-no', required: true },
      { id: 'notes', text: 'Anything else', answer: 'text', required: false },
    ],
  },
};

describe('a flat checklist of reference schema version 0', () => {
  it('becomes its items as steps one after another, ending resolved, and passes the validator', () => {
    const converted = checklistFromItems(old).checklist as unknown as ChecklistTemplate;
    expect(checklistTemplateProblems(converted)).toEqual([]);
    expect(converted.steps.map((s) => [s.id, s.answer, s.next])).toEqual([
      ['asset-tag-scanned', 'done', 'page-count'], ['page-count', 'number', 'toner-level'], ['toner-level', 'yes-no', 'notes'], ['notes', 'text', 'finished'],
    ]);
    const end = runPosition(converted, new Map<string, string | number>([['asset-tag-scanned', 'done'], ['page-count', ''], ['toner-level', 'no'], ['notes', '']]));
    expect(end.at === 'exit' && end.result).toMatchObject({ outcome: 'resolved', resolutionCode: 'other' });
  });

  it('leaves a converted template and other kinds as they are', () => {
    const converted = checklistFromItems(old);
    expect(checklistFromItems(converted)).toBe(converted);
    const policy = { kind: 'sla-policy', checklist: undefined };
    expect(checklistFromItems(policy)).toBe(policy);
  });
});
