import { describe, expect, it } from 'vitest';
import { answerFits, latestAnswers, runPosition, type AnswerValue } from '@shared/domain/checklist-run';
import { shippedChecklist, smallChecklist } from '../../../support/checklists';

const answers = (entries: Record<string, AnswerValue>) => new Map(Object.entries(entries));
const where = (given: Record<string, AnswerValue>) => {
  const position = runPosition(smallChecklist(), answers(given));
  return position.at === 'step' ? `step ${position.step.id}` : `exit ${position.exit.id}`;
};

describe('running a checklist', () => {
  it.each([
    ['nothing answered', {}, 'step lights'],
    ['no link lights', { lights: 'no' }, 'step cable'],
    ['no lights, a new cable', { lights: 'no', cable: 'new' }, 'exit fixed'],
    ['lights on', { lights: 'yes' }, 'step speed'],
    ['a speed below the line', { lights: 'yes', speed: 9.5 }, 'exit slow'],
    ['a speed exactly at the line', { lights: 'yes', speed: 10 }, 'step note'],
    ['the optional note skipped', { lights: 'yes', speed: 50, note: '' }, 'exit fixed'],
    ['an answer that does not fit waits at its step', { lights: 'maybe' }, 'step lights'],
    ['a choice the step does not offer', { lights: 'no', cable: 'borrowed' }, 'step cable'],
    ['answers off the path are ignored', { lights: 'no', speed: 3, note: 'x' }, 'step cable'],
  ])('%s: %s', (_, given, expected) => {
    expect(where(given)).toBe(expected);
  });

  it('takes another branch when an earlier answer changes, keeping the path in the order asked', () => {
    const first = runPosition(smallChecklist(), answers({ lights: 'yes', speed: 4, cable: 'spare' }));
    expect(first.path.map((a) => a.step.id)).toEqual(['lights', 'speed']);
    expect(first.at).toBe('exit');
    const changed = runPosition(smallChecklist(), answers({ lights: 'no', speed: 4, cable: 'spare' }));
    expect(changed.path.map((a) => a.step.id)).toEqual(['lights', 'cable']);
    expect(changed.at === 'exit' && changed.exit.id).toBe('fixed');
  });

  it('ends resolved with the suggested code and the summary filled from the answers', () => {
    const end = runPosition(smallChecklist(), answers({ lights: 'no', cable: 'spare' }));
    expect(end.at === 'exit' && end.result).toEqual({ outcome: 'resolved', exit: 'fixed', resolutionCode: 'cable-or-port', summary: 'Cable: The spare.' });
  });

  it('ends in an escalation with its level, the referral filled from the answers, and what was tried', () => {
    const end = runPosition(smallChecklist(), answers({ lights: 'yes', speed: 4 }));
    expect(end.at === 'exit' && end.result).toEqual({
      outcome: 'escalate', exit: 'slow', level: 2,
      reason: 'Only 4 Mbit/s with link lights Yes; cable not asked.',
      tried: 'Link lights on? Yes\nDownload speed? 4 Mbit/s',
    });
  });

  it('verifies the caller before anything else on a password reset, and escalates when that fails', () => {
    const template = shippedChecklist('password-reset');
    const start = runPosition(template, answers({}));
    expect(start.at === 'step' && start.step.id).toBe('verify-identity');
    const refused = runPosition(template, answers({ 'verify-identity': 'no', 'which-account': 'email', 'reset-password': 'done' }));
    expect(refused.at === 'exit' && refused.result).toMatchObject({ outcome: 'escalate', level: 2, reason: expect.stringContaining('could not be verified') });
    const reset = runPosition(template, answers({ 'verify-identity': 'yes', 'which-account': 'email', 'reset-password': 'done', 'signed-in': 'yes' }));
    expect(reset.at === 'exit' && reset.result).toMatchObject({ outcome: 'resolved', resolutionCode: 'password-reset' });
  });

  it('checks the cable, link lights, IP configuration, gateway and DNS in that order for no network', () => {
    const template = shippedChecklist('network-outage');
    const end = runPosition(template, answers({ 'others-affected': 'just-this', cable: 'no', 'link-lights': 'yes', 'ip-config': 'apipa', renew: 'yes', gateway: 'yes', dns: 'no', 'flush-dns': 'no' }));
    expect(end.path.map((a) => a.step.id)).toEqual(['others-affected', 'cable', 'link-lights', 'ip-config', 'renew', 'gateway', 'dns', 'flush-dns']);
    expect(end.at === 'exit' && end.result).toMatchObject({ outcome: 'escalate', exit: 'no-dns', level: 2 });
  });

  it.each([
    ['done', 'done', true], ['done', 'yes', false], ['yes-no', 'no', true], ['yes-no', 'No', false],
    ['number', 3, true], ['number', '3', false], ['number', Number.NaN, false], ['text', '  ', false], ['text', 'seen', true],
  ] as const)('a %s answer %j fits: %s', (kind, value, fits) => {
    const step = { id: 's', instruction: 'Do.', question: 'Q?', answer: kind };
    expect(answerFits(step, value)).toBe(fits);
  });
});

describe('the answer in force at each step', () => {
  it('is the latest by device time, then by id, whatever order the entries arrive in', () => {
    const entries = [
      { id: 'b', step: 'lights', value: 'yes', createdAt: '2026-03-02T10:00:00.000Z' },
      { id: 'a', step: 'lights', value: 'no', createdAt: '2026-03-02T10:00:00.000Z' },
      { id: 'c', step: 'speed', value: 3, createdAt: '2026-03-02T10:05:00.000Z' },
      { id: 'd', step: 'speed', value: 12, createdAt: '2026-03-02T10:01:00.000Z' },
    ];
    const expected = new Map<string, AnswerValue>([['lights', 'yes'], ['speed', 3]]);
    expect(latestAnswers(entries)).toEqual(expected);
    expect(latestAnswers([...entries].reverse())).toEqual(expected);
  });
});
