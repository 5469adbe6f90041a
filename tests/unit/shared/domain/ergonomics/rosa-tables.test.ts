import { describe, expect, it } from 'vitest';
import { itemRange } from '@shared/domain/ergonomics/rosa-items';
import { lookup, rosaTables, tableA, tableB, tableBounds, tableC, tableD, tableE, type RosaTable } from '@shared/domain/ergonomics/rosa-tables';
import { scoreRosa } from '@shared/domain/ergonomics/rosa';
import { chairWorth, peripheralWorth, rosaInput } from './rosa-inputs';
import { gridAfter, specText } from './spec-docs';

// ROSA.md §10.4: the cells where a table read with rows and columns swapped gives another value.
// [row, column, value, value if transposed]. They are checked through scoreRosa, from answers.
const tableACells: [seat: number, armBack: number, value: number, transposed: number][] = [
  [5, 7, 6, 7],
  [5, 8, 7, 8],
  [7, 5, 7, 6],
  [7, 8, 8, 9],
  [8, 5, 8, 7],
  [8, 7, 9, 8],
];
const tableBCells: [telephone: number, monitor: number, value: number, transposed: number][] = [
  [2, 4, 3, 4],
  [2, 5, 4, 5],
  [3, 6, 6, 7],
  [4, 2, 4, 3],
  [4, 6, 7, 8],
  [5, 2, 5, 4],
  [6, 3, 7, 6],
  [6, 4, 8, 7],
];

describe('§10.4 Table A cells that decide its orientation, scored from chair answers', () => {
  it.each(tableACells)('seat %i, arm/back %i -> Table A %i (transposed it would be %i)', (seat, armBack, value, transposed) => {
    const score = scoreRosa(rosaInput({ chair: chairWorth(seat, armBack) }));
    expect(score).toMatchObject({ seat, armBack, tableA: value, chair: value });
    expect(score.tableA).not.toBe(transposed);
  });

  it('§10.1 seat 2, arm/back 2 -> 2 (two sources give 1)', () => {
    expect(scoreRosa(rosaInput({ chair: chairWorth(2, 2) }))).toMatchObject({ seat: 2, armBack: 2, tableA: 2 });
  });
});

describe('§10.4 Table B cells that decide its orientation, scored from telephone and monitor answers', () => {
  it.each(tableBCells)('telephone %i, monitor %i -> Table B %i (transposed it would be %i)', (telephone, monitor, value, transposed) => {
    const score = scoreRosa(rosaInput({ telephone: peripheralWorth('telephone', telephone), monitor: peripheralWorth('monitor', monitor) }));
    expect(score).toMatchObject({ telephone, monitor, monitorTelephone: value });
    expect(score.monitorTelephone).not.toBe(transposed);
  });
});

describe('the tables', () => {
  it('§10.4 lists every cell where Table A or B differs from its transpose, and no other', () => {
    const asymmetric = (table: RosaTable) => {
      const { lastRow, lastColumn } = tableBounds(table);
      const cells: [number, number, number, number][] = [];
      for (let row = table.firstRow; row <= lastRow; row++) {
        for (let column = table.firstColumn; column <= lastColumn; column++) {
          const inside = column >= table.firstRow && column <= lastRow && row >= table.firstColumn && row <= lastColumn;
          if (inside && lookup(table, row, column) !== lookup(table, column, row)) cells.push([row, column, lookup(table, row, column), lookup(table, column, row)]);
        }
      }
      return cells;
    };
    expect(asymmetric(tableA)).toEqual(tableACells);
    expect(asymmetric(tableB)).toEqual(tableBCells);
    expect(asymmetric(tableC)).toEqual([]);
  });

  // The axes must fit the items: ROSA.md §0 checked the transcriptions by exactly this.
  it('each axis runs from the lowest to the highest value its items can give', () => {
    const sum = (...keys: Parameters<typeof itemRange>[0][]) => keys.map(itemRange).reduce((a, b) => ({ min: a.min + b.min, max: a.max + b.max }));
    const axes = (table: RosaTable) => ({ rows: [table.firstRow, tableBounds(table).lastRow], columns: [table.firstColumn, tableBounds(table).lastColumn] });
    const withDuration = (key: Parameters<typeof itemRange>[0]) => [itemRange(key).min - 1, itemRange(key).max + 1];
    expect(axes(tableA)).toEqual({ rows: [sum('seatHeight', 'seatDepth').min, sum('seatHeight', 'seatDepth').max], columns: [sum('armrests', 'backSupport').min, sum('armrests', 'backSupport').max] });
    // The monitor reaches 7 + 1 = 8: Table B stops at 7, hence the cap (§4 B1).
    expect(withDuration('monitor')).toEqual([0, 8]);
    expect(axes(tableB)).toEqual({ rows: withDuration('telephone'), columns: [0, 7] });
    expect(axes(tableC)).toEqual({ rows: withDuration('mouse'), columns: withDuration('keyboard') });
    expect(axes(tableD)).toEqual({ rows: [1, 9], columns: [1, 9] });
    expect(axes(tableE)).toEqual({ rows: [1, 10], columns: [1, 10] });
  });

  it('every cell of Table D is max(B, C) and every cell of Table E is max(chair, D) (§8, §9)', () => {
    for (const table of [tableD, tableE]) {
      table.cells.forEach((cells, r) => cells.forEach((cell, c) => expect(cell, `${table.name}(${r + 1}, ${c + 1})`).toBe(Math.max(r + 1, c + 1))));
    }
  });

  it('Tables A, B and C never fall when a row or a column rises', () => {
    for (const table of [tableA, tableB, tableC]) {
      table.cells.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (c > 0) expect(cell, `${table.name} row ${r + table.firstRow}`).toBeGreaterThanOrEqual(cells[c - 1] ?? 0);
          if (r > 0) expect(cell, `${table.name} column ${c + table.firstColumn}`).toBeGreaterThanOrEqual(table.cells[r - 1]?.[c] ?? 0);
        }),
      );
    }
  });

  it('a cell outside a table is a caller\'s bug, not a score', () => {
    expect(() => lookup(tableB, 6, 8)).toThrow(/Table B has no cell \(6, 8\)/);
    expect(() => lookup(tableA, 1, 2)).toThrow(RangeError);
  });
});

const tableHeadings: Record<RosaTable['name'], string> = {
  A: '## 3. Table A',
  B: '## 5. Table B',
  C: '## 7. Table C',
  D: '## 8. Table D',
  E: '## 9. Table E',
};

describe('the tables against ROSA.md itself', () => {
  it.each(rosaTables.map((table) => [table.name, table] as const))('Table %s is ROSA.md\'s, cell for cell', (name, table) => {
    expect(gridAfter(specText('ROSA.md'), tableHeadings[name])).toEqual({ firstRow: table.firstRow, firstColumn: table.firstColumn, cells: table.cells });
  });
});
