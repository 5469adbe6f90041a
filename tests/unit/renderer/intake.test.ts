import { describe, expect, it } from 'vitest';
import { answersText, intakeLacks, knownRequesters, workOrderFromIntake, type IntakeForm } from '../../../src-renderer/features/intake/intake';

const form = (changes: Partial<IntakeForm> = {}): IntakeForm => ({
  title: ' No network in room 204 ', description: 'Since this morning', requester: { name: ' Ana Ruiz ', department: 'Clerk', phone: '555-0100', email: 'ana@county.example' },
  siteId: 'site-001', building: 'Main', room: '204', category: 'network', impact: 2, urgency: 3, answers: {}, ...changes,
});

describe('taking a request', () => {
  it('makes a new, unassigned level-1 work order whose priority follows the matrix, keeping to the SLA policy version in force', () => {
    const wo = workOrderFromIntake(form(), 'tech-1', 4, new Date('2026-03-02T09:00:00.000Z'));
    expect(wo).toMatchObject({ title: 'No network in room 204', requester: { name: 'Ana Ruiz' }, status: 'new', assigneeId: '', supportLevel: 1, priority: 4, createdBy: 'tech-1', slaPolicyVersion: 4 });
    // Before the policy has synced, it records none: its clocks then keep to the version saved last before it was made.
    expect(workOrderFromIntake(form(), 'tech-1', null, new Date('2026-03-02T09:00:00.000Z'))).not.toHaveProperty('slaPolicyVersion');
  });

  it('names the asset picked or scanned, and none when there was none', () => {
    expect(workOrderFromIntake(form({ assetId: 'asset-7' }), 'tech-1', 1, new Date()).assetId).toBe('asset-7');
    expect(workOrderFromIntake(form(), 'tech-1', 1, new Date())).not.toHaveProperty('assetId');
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

  it('offers the county employees on record, their record first and their latest request for what it lacks; staff are not offered', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const known = knownRequesters(
      [{ createdAt: at, requester: { name: 'Ana Ruiz', department: 'Clerk', phone: '555-0101', email: 'old@county.example' } }],
      [
        { id: 'e1', kind: 'employee', name: 'Ana Ruiz', department: 'Treasurer', email: 'ana.ruiz@county.example', updatedAt: at },
        { id: 'e2', kind: 'employee', name: 'Bo Lund', department: 'Roads', jobTitle: 'Inspector', phone: '555-0102', updatedAt: at },
        { id: 't1', username: 'tech01', name: 'Ana Morales', role: 'technician', level: 1, updatedAt: at },
      ],
    );
    expect([...known.keys()].sort()).toEqual(['Ana Ruiz', 'Bo Lund']);
    expect(known.get('Ana Ruiz')).toEqual({ name: 'Ana Ruiz', department: 'Treasurer', phone: '555-0101', email: 'ana.ruiz@county.example' });
    expect(known.get('Bo Lund')).toEqual({ name: 'Bo Lund', department: 'Roads', phone: '555-0102', email: '' });
  });
});
