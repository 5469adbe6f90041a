import { describe, expect, it } from 'vitest';
import { workOrderSettingsFromForm } from '../../../src-renderer/features/settings/work-order-settings-form';

describe('the client-update interval as a supervisor types it', () => {
  it('is a whole number of hours, spaces around it ignored', () => {
    expect(workOrderSettingsFromForm({ clientUpdateEveryHours: ' 8 ' })).toEqual({ workOrderSettings: { clientUpdateEveryHours: 8 } });
    expect(workOrderSettingsFromForm({ clientUpdateEveryHours: '720' })).toEqual({ workOrderSettings: { clientUpdateEveryHours: 720 } });
  });

  it('refuses nothing, zero, a fraction, words and more than 30 days, in one plain sentence', () => {
    for (const typed of ['', '0', '1.5', 'two', '721', '-3']) {
      expect(workOrderSettingsFromForm({ clientUpdateEveryHours: typed })).toEqual({ errors: { clientUpdateEveryHours: 'Enter a whole number of hours from 1 to 720 (30 days).' } });
    }
  });
});
