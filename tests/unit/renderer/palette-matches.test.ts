import { describe, expect, it } from 'vitest';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { paletteMatches } from '../../../src-renderer/features/workspace/palette-matches';
import { screensFor } from '../../../src-renderer/features/workspace/screens';

const workOrders = [10042, 1042, 10420, 20001].map((number) => ({ id: `wo-${number}`, number, title: number === 20001 ? 'Printer jam on floor 2' : 'Monitor' }) as WorkOrder);
const technician = screensFor('technician');

describe('the command palette: screens, work orders by number or title', () => {
  it('offers every screen the role may open before anything is typed', () => {
    expect(paletteMatches('', technician, workOrders).screens.map((s) => s.label)).toEqual(
      ['Work orders', 'Inventory', 'Assets', 'Ergonomics', 'Edits to review', 'Settings', 'Scan test', 'Report of open work orders'],
    );
    expect(screensFor('admin').map((s) => s.label)).toContain('User accounts');
  });

  it.each([
    ['1042', ['wo-1042', 'wo-10420']],
    ['WO-1042', ['wo-1042', 'wo-10420']],
    ['wo 10042', ['wo-10042']],
    ['printer', ['wo-20001']],
    ['pr', []],
  ])('"%s" finds %j', (query, expected) => {
    expect(paletteMatches(query, technician, workOrders).workOrders.map((w) => w.id)).toEqual(expected);
  });

  it('finds a screen by a word of its description', () => {
    expect(paletteMatches('overrode', technician, workOrders).screens.map((s) => s.label)).toEqual(['Edits to review']);
  });
});
