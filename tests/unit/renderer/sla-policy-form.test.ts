import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SlaPolicy } from '@shared/domain/sla-policy';
import { formFromPolicy, policyFromForm, type SlaForm } from '../../../src-renderer/features/settings/sla-policy-form';

const [shipped] = JSON.parse(readFileSync(new URL('../../../resources/reference/sla-policy.json', import.meta.url), 'utf8')) as [{ slaPolicy: SlaPolicy }];
const policy = shipped.slaPolicy;
const form = () => formFromPolicy(policy, 'Europe/Paris');
const edit = (change: (f: SlaForm) => void) => {
  const f = form();
  change(f);
  return policyFromForm(f);
};
const errorsOf = (result: ReturnType<typeof policyFromForm>) => ('errors' in result ? result.errors : {});

describe('the service-levels form', () => {
  it('shows the policy in hours and per cent, and gives it back unchanged', () => {
    const f = form();
    expect(f.targets['1']).toEqual({ response: '0.5', resolution: '4' });
    expect(f.amberPercent).toBe('75');
    expect(f.timeZone).toBe('America/Los_Angeles');
    expect(policyFromForm(f)).toEqual({ policy });
  });

  it('turns hours into working minutes', () => {
    const result = edit((f) => (f.targets['1'].response = '0.75'));
    expect('policy' in result && result.policy.targets['1'].responseMinutes).toBe(45);
  });

  it.each([
    ['a response target of nothing', (f: SlaForm) => (f.targets['2'].response = ''), 'targets.2.response', 'Enter the P2 High response target as a number of hours above zero, such as 0.5 for half an hour.'],
    ['a resolution target of zero', (f: SlaForm) => (f.targets['3'].resolution = '0'), 'targets.3.resolution', 'Enter the P3 Medium resolution target as a number of hours above zero, such as 8.'],
    ['an amber warning of 150 %', (f: SlaForm) => (f.amberPercent = '150'), 'amberPercent', 'The amber warning is a percentage of the target above 0 and below 100, such as 75.'],
    ['an opening time of 8 o\'clock', (f: SlaForm) => (f.hours.mon.start = '8'), 'hours.mon', "Write Monday's hours on the 24-hour clock, such as 08:00 and 17:30."],
    ['a day that closes before it opens', (f: SlaForm) => Object.assign(f.hours.fri, { start: '17:00', end: '09:00' }), 'hours.fri', 'Friday closes before it opens: the closing time must be after the opening time.'],
    ['every day closed', (f: SlaForm) => Object.values(f.hours).forEach((d) => (d.open = false)), 'hours', 'Open at least one day of the week, or choose "Around the clock".'],
    ['an unknown time zone', (f: SlaForm) => (f.timeZone = 'Somewhere/Else'), 'timeZone', 'Choose the time zone the county works in from the list.'],
  ])('says in plain words what is wrong with %s', (_, change, field, words) => {
    expect(errorsOf(edit(change))).toEqual({ [field]: words });
  });

  it('keeps the hours of a closed day out of the policy, and a day closed in the policy can be opened', () => {
    const result = edit((f) => {
      f.hours.mon.open = false;
      f.hours.sat = { open: true, start: '09:00', end: '12:00' };
    });
    expect('policy' in result && result.policy.calendar.hours).toMatchObject({ mon: null, sat: ['09:00', '12:00'] });
  });

  it('around the clock, drops the business calendar', () => {
    const result = edit((f) => (f.calendar = '24x7'));
    expect('policy' in result && result.policy.calendar).toEqual({ kind: '24x7' });
  });
});
