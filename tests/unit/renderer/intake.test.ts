import { describe, expect, it } from 'vitest';
import { answersText, intakeLacks, knownRequesters, workOrderFromIntake, type IntakeForm } from '../../../src-renderer/features/intake/intake';
import { examplePolicy } from '../../support/sla';

const form = (changes: Partial<IntakeForm> = {}): IntakeForm => ({
  title: ' No network in room 204 ', description: 'Since this morning', requester: { name: ' Ana Ruiz ', department: 'Clerk', phone: '555-0100', email: 'ana@county.example' },
  siteId: 'site-001', building: 'Main', room: '204', category: 'network', impact: 2, urgency: 3, answers: {}, ...changes,
});

describe('taking a request', () => {
  it('makes a new, unassigned level-1 work order whose priority follows the matrix and whose due times follow the policy', () => {
    const wo = workOrderFromIntake(form(), 'tech-1', examplePolicy(), new Date('2026-03-02T09:00:00.000Z'));
    expect(wo).toMatchObject({ title: 'No network in room 204', requester: { name: 'Ana Ruiz' }, status: 'new', assigneeId: '', supportLevel: 1, priority: 4, createdBy: 'tech-1' });
    // Priority 4 under the example policy, around the clock: respond in 480 minutes, resolve in 5,400.
    expect(wo.responseDueAt).toBe('2026-03-02T17:00:00.000Z');
    expect(wo.resolutionDueAt).toBe('2026-03-06T03:00:00.000Z');
  });

  it('names what is still missing', () => {
    expect(intakeLacks(form())).toEqual([]);
    expect(intakeLacks(form({ title: ' ', siteId: '', requester: { name: '', department: '', phone: '', email: '' }, category: '' }))).toEqual(['who is asking', 'a short title', 'the site', 'the category']);
  });

  it('keeps the answered diagnostic questions for the timeline, in the order asked', () => {
    const questions = [
      { id: 'connection', text: 'Wired or wireless?', answer: 'choice' as const, choices: ['Wired', 'Wireless'] },
      { id: 'since', text: 'Since when?', answer: 'text' as const },
      { id: 'others', text: 'Others affected?', answer: 'yes-no' as const },
    ];
    expect(answersText(questions, { others: 'No', connection: 'Wired', since: ' ' })).toBe('Intake answers:\nWired or wireless? Wired\nOthers affected? No');
    expect(answersText(questions, {})).toBeNull();
  });

  it('offers each requester once, with their latest details', () => {
    const known = knownRequesters([
      { createdAt: '2026-01-01T00:00:00.000Z', requester: { name: 'Ana Ruiz', department: 'Clerk', phone: '1', email: '' } },
      { createdAt: '2026-02-01T00:00:00.000Z', requester: { name: 'Ana Ruiz ', department: 'Treasurer', phone: '2', email: '' } },
    ]);
    expect([...known.keys()]).toEqual(['Ana Ruiz']);
    expect(known.get('Ana Ruiz')?.department).toBe('Treasurer');
  });
});
