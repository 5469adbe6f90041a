import { describe, expect, it } from 'vitest';
import { assetsToLookFor } from '@shared/domain/inventory/assets-to-look-for';

const now = Date.parse('2027-03-01T12:00:00.000Z');
const asset = (id: string, status: 'in-service' | 'in-storage' | 'missing' | 'surplus' | 'disposed', lastVerifiedAt?: string) => ({ id, status, ...(lastVerifiedAt ? { lastVerifiedAt } : {}) });

describe('the assets to look for across the county', () => {
  it('lists those never verified, and those last verified more than 365 days ago', () => {
    const { never, overAYear } = assetsToLookFor(
      [
        asset('never', 'in-service'),
        asset('old', 'in-storage', '2026-02-28T11:59:59.000Z'),
        asset('a-year-to-the-day', 'in-service', '2026-03-01T12:00:00.000Z'),
        asset('recent', 'in-service', '2026-12-01T09:00:00.000Z'),
        asset('missing-and-old', 'missing', '2024-05-01T09:00:00.000Z'),
      ],
      now,
    );
    expect(never.map((a) => a.id)).toEqual(['never']);
    expect(overAYear.map((a) => a.id)).toEqual(['old', 'missing-and-old']);
  });

  it('leaves out surplus and disposed assets: nobody looks for them', () => {
    const { never, overAYear } = assetsToLookFor([asset('surplus', 'surplus'), asset('gone', 'disposed', '2020-01-01T00:00:00.000Z')], now);
    expect([...never, ...overAYear]).toEqual([]);
  });
});
