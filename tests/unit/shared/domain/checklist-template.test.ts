import { describe, expect, it } from 'vitest';
import { checklistTemplateProblems, type ChecklistTemplate } from '@shared/domain/checklist-template';
import { shippedChecklists, smallChecklist } from '../../../support/checklists';
import { readShippedEntries } from '@shared/schema/reference-shipped';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Edit = (t: ChecklistTemplate) => void;
const broken = (edit: Edit) => {
  const template = structuredClone(smallChecklist());
  edit(template);
  return checklistTemplateProblems(template);
};
const step = (t: ChecklistTemplate, id: string) => t.steps.find((s) => s.id === id)!;
const exit = (t: ChecklistTemplate, id: string) => t.exits.find((e) => e.id === id)!;

const codes = new Set(
  (() => {
    const file = fileURLToPath(new URL('../../../../resources/reference/resolution-codes.json', import.meta.url));
    const read = readShippedEntries(JSON.parse(readFileSync(file, 'utf8')), '2026-03-02T10:00:00.000Z');
    return 'docs' in read ? read.docs.filter((d) => !d.resolution?.legacy).map((d) => d.key) : [];
  })(),
);

describe('the shipped checklist templates', () => {
  const shipped = shippedChecklists();
  it('cover the first- and second-level work of the job description', () => {
    expect(shipped.map((d) => d.name)).toEqual([
      'Reset a password', 'Unlock an account', 'No network connectivity', 'Router or switch failure', 'Desktop will not start or is slow',
      'Install and configure software', 'Printer or peripheral', 'Telephone and voicemail', 'E-mail client', 'New desktop installation and setup',
    ]);
  });
  it.each(shipped.map((d) => [d.key, d] as const))('%s passes the template validator', (_, doc) => {
    expect(checklistTemplateProblems(doc.checklist!)).toEqual([]);
  });
  it.each(shipped.map((d) => [d.key, d] as const))('%s suggests only resolution codes that are shipped and offered', (_, doc) => {
    const suggested = doc.checklist!.exits.flatMap((e) => (e.resolutionCode ? [e.resolutionCode] : []));
    expect(suggested.filter((c) => !codes.has(c))).toEqual([]);
  });
  it('ask for identity first on every template that changes an account', () => {
    for (const key of ['password-reset', 'account-lockout']) expect(shipped.find((d) => d.key === key)?.checklist?.start).toBe('verify-identity');
  });
});

describe('a broken checklist template', () => {
  it('passes when sound', () => {
    expect(checklistTemplateProblems(smallChecklist())).toEqual([]);
  });

  it.each<[string, Edit, string, string, RegExp]>([
    ['a yes-no step with an answer that leads nowhere', (t) => void (step(t, 'lights').branches = [{ is: 'yes', next: 'speed' }]), 'lights', 'steps.0.next', /answer “no” leads nowhere: it is a dead end/],
    ['a text step without a next step', (t) => void delete step(t, 'note').next, 'note', 'steps.3.next', /dead end/],
    ['numbers that fall between the branches', (t) => void (step(t, 'speed').branches = [{ below: 5, next: 'slow' }, { atLeast: 10, next: 'note' }]), 'speed', 'steps.2.next', /some numbers lead nowhere/],
    ['a choice not every branch covers', (t) => { const s = step(t, 'cable'); delete s.next; s.branches = [{ is: 'new', next: 'fixed' }]; }, 'cable', 'steps.1.next', /answer “spare” leads nowhere/],
    ['a step nothing leads to', (t) => t.steps.push({ id: 'orphan', instruction: 'x', question: 'x?', answer: 'done', next: 'fixed' }), 'orphan', 'steps.4', /never reached from the start/],
    ['an exit nothing leads to', (t) => t.exits.push({ id: 'unused', outcome: 'resolved', resolutionCode: 'other', summary: 'x' }), 'unused', 'exits.2', /never reached/],
    ['a step leading back', (t) => void (step(t, 'note').next = 'lights'), 'note', 'steps.3.next', /leads back to “lights”/],
    ['a branch to nothing', (t) => void (step(t, 'cable').next = 'nowhere'), 'cable', 'steps.1.next', /“nowhere”, which is neither a step nor an exit/],
    ['a resolved exit without its code', (t) => void delete exit(t, 'fixed').resolutionCode, 'fixed', 'exits.0.resolutionCode', /needs its resolutionCode/],
    ['a resolved exit with an empty summary', (t) => void (exit(t, 'fixed').summary = ' '), 'fixed', 'exits.0.summary', /needs its summary/],
    ['an escalation without its level', (t) => void delete exit(t, 'slow').level, 'slow', 'exits.1.level', /needs its level/],
    ['an escalation without its referral', (t) => void delete exit(t, 'slow').referral, 'slow', 'exits.1.referral', /needs its referral/],
    ['an escalation with a resolution code', (t) => void (exit(t, 'slow').resolutionCode = 'other'), 'slow', 'exits.1.resolutionCode', /has no resolutionCode/],
    ['a referral naming no step', (t) => void (exit(t, 'slow').referral = 'Saw {colour}.'), 'slow', 'exits.1.referral', /\{colour\} names no step/],
    ['a branch on an answer the question cannot give', (t) => void (step(t, 'lights').branches![1] = { is: 'maybe', next: 'cable' }), 'lights', 'steps.0.branches.1.is', /“maybe” is not an answer/],
    ['a branch with two conditions', (t) => void (step(t, 'speed').branches![0] = { below: 10, atLeast: 3, next: 'slow' }), 'speed', 'steps.2.branches.0', /exactly one condition/],
    ['a branching text answer', (t) => void (step(t, 'note').branches = [{ is: 'yes', next: 'fixed' }]), 'note', 'steps.3.branches', /does not branch/],
    ['a choice question with one choice', (t) => void (step(t, 'cable').choices = [{ id: 'new', label: 'New' }]), 'cable', 'steps.1.choices', /two choices or more/],
    ['a skippable yes-no', (t) => void (step(t, 'lights').optional = true), 'lights', 'steps.0.optional', /may be skipped/],
    ['a step and an exit sharing an id', (t) => void (exit(t, 'slow').id = 'speed'), 'speed', 'exits.1.id', /used twice/],
  ])('is refused for %s, naming the step', (_, edit, named, field, message) => {
    const [problem] = broken(edit);
    expect(problem).toMatchObject({ step: named, field });
    expect(problem?.message).toMatch(message);
    expect(problem?.message).toContain(`“${named}”`);
  });

  it('is refused when it starts at no step', () => {
    expect(broken((t) => void (t.start = 'speedy'))[0]).toMatchObject({ field: 'start', message: expect.stringContaining('“speedy”') });
  });
});
