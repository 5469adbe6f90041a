/**
 * ROSA's lookup tables A to E as data, cell for cell as docs/specs/ROSA.md sections 3, 5,
 * 7, 8 and 9 print them. Method: Sonne, Villalta & Andrews (2012), Applied Ergonomics 43(1): 98-108,
 * doi:10.1016/j.apergo.2011.03.008. The cells are reconstructed from secondary transcriptions (ROSA.md
 * section 0); the ones to check against the original figure are listed in `claims.ts`.
 *
 *   table  rows (index range)                columns (index range)                  cells
 *   A      seat = A1 + A2 (2-8)              arm/back = A3 + A4 (2-9)               2-9
 *   B      telephone = B2 + duration (0-6)   monitor = min(B1 + duration, 7) (0-7)  1-9
 *   C      mouse = C1 + duration (0-7)       keyboard = C2 + duration (0-7)         1-9
 *   D      Table B score (1-9)               Table C score (1-9)                    max(row, column)
 *   E      chair = A + duration (1-10)       Table D score (1-10; 10 is unreachable) max(row, column)
 *
 * Where durations go: the chair's after Table A; every other item's onto the item before its
 * lookup, which is why Tables B and C start at 0 (ROSA.md section 1).
 */

/** A lookup table: its axes' names and first index, and its cells row by row. */
export type RosaTable = {
  readonly name: 'A' | 'B' | 'C' | 'D' | 'E';
  readonly rowAxis: string;
  readonly columnAxis: string;
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly cells: readonly (readonly number[])[];
};

/** Table A, the chair score before its duration: rows seat 2-8, columns arm/back 2-9. */
export const tableA: RosaTable = {
  name: 'A',
  rowAxis: 'seat pan height + depth',
  columnAxis: 'armrests + back support',
  firstRow: 2,
  firstColumn: 2,
  cells: [
    // arm/back: 2  3  4  5  6  7  8  9
    /* seat 2 */ [2, 2, 3, 4, 5, 6, 7, 8],
    /* seat 3 */ [2, 2, 3, 4, 5, 6, 7, 8],
    /* seat 4 */ [3, 3, 3, 4, 5, 6, 7, 8],
    /* seat 5 */ [4, 4, 4, 4, 5, 6, 7, 8],
    /* seat 6 */ [5, 5, 5, 5, 6, 7, 8, 9],
    /* seat 7 */ [6, 6, 6, 7, 7, 8, 8, 9],
    /* seat 8 */ [7, 7, 7, 8, 8, 9, 9, 9],
  ],
};

/** Table B, monitor and telephone: rows telephone 0-6, columns monitor 0-7. */
export const tableB: RosaTable = {
  name: 'B',
  rowAxis: 'telephone',
  columnAxis: 'monitor',
  firstRow: 0,
  firstColumn: 0,
  cells: [
    // monitor:   0  1  2  3  4  5  6  7
    /* phone 0 */ [1, 1, 1, 2, 3, 4, 5, 6],
    /* phone 1 */ [1, 1, 2, 2, 3, 4, 5, 6],
    /* phone 2 */ [1, 2, 2, 3, 3, 4, 6, 7],
    /* phone 3 */ [2, 2, 3, 3, 4, 5, 6, 8],
    /* phone 4 */ [3, 3, 4, 4, 5, 6, 7, 8],
    /* phone 5 */ [4, 4, 5, 5, 6, 7, 8, 9],
    /* phone 6 */ [5, 5, 6, 7, 8, 8, 9, 9],
  ],
};

/** Table C, mouse and keyboard: rows mouse 0-7, columns keyboard 0-7 (symmetric). */
export const tableC: RosaTable = {
  name: 'C',
  rowAxis: 'mouse',
  columnAxis: 'keyboard',
  firstRow: 0,
  firstColumn: 0,
  cells: [
    // keyboard:  0  1  2  3  4  5  6  7
    /* mouse 0 */ [1, 1, 1, 2, 3, 4, 5, 6],
    /* mouse 1 */ [1, 1, 2, 3, 4, 5, 6, 7],
    /* mouse 2 */ [1, 2, 2, 3, 4, 5, 6, 7],
    /* mouse 3 */ [2, 3, 3, 3, 5, 6, 7, 8],
    /* mouse 4 */ [3, 4, 4, 5, 5, 6, 7, 8],
    /* mouse 5 */ [4, 5, 5, 6, 6, 7, 8, 9],
    /* mouse 6 */ [5, 6, 6, 7, 7, 8, 8, 9],
    /* mouse 7 */ [6, 7, 7, 8, 8, 9, 9, 9],
  ],
};

/** Table D, monitor and peripherals: rows Table B 1-9, columns Table C 1-9. */
export const tableD: RosaTable = {
  name: 'D',
  rowAxis: 'monitor and telephone (Table B)',
  columnAxis: 'mouse and keyboard (Table C)',
  firstRow: 1,
  firstColumn: 1,
  cells: [
    // C:     1  2  3  4  5  6  7  8  9
    /* B 1 */ [1, 2, 3, 4, 5, 6, 7, 8, 9],
    /* B 2 */ [2, 2, 3, 4, 5, 6, 7, 8, 9],
    /* B 3 */ [3, 3, 3, 4, 5, 6, 7, 8, 9],
    /* B 4 */ [4, 4, 4, 4, 5, 6, 7, 8, 9],
    /* B 5 */ [5, 5, 5, 5, 5, 6, 7, 8, 9],
    /* B 6 */ [6, 6, 6, 6, 6, 6, 7, 8, 9],
    /* B 7 */ [7, 7, 7, 7, 7, 7, 7, 8, 9],
    /* B 8 */ [8, 8, 8, 8, 8, 8, 8, 8, 9],
    /* B 9 */ [9, 9, 9, 9, 9, 9, 9, 9, 9],
  ],
};

/** Table E, the ROSA final score: rows chair 1-10, columns Table D 1-10 (column 10 as printed, never reached). */
export const tableE: RosaTable = {
  name: 'E',
  rowAxis: 'chair',
  columnAxis: 'monitor and peripherals (Table D)',
  firstRow: 1,
  firstColumn: 1,
  cells: [
    // D:          1   2   3   4   5   6   7   8   9  10
    /* chair 1 */ [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    /* chair 2 */ [2, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    /* chair 3 */ [3, 3, 3, 4, 5, 6, 7, 8, 9, 10],
    /* chair 4 */ [4, 4, 4, 4, 5, 6, 7, 8, 9, 10],
    /* chair 5 */ [5, 5, 5, 5, 5, 6, 7, 8, 9, 10],
    /* chair 6 */ [6, 6, 6, 6, 6, 6, 7, 8, 9, 10],
    /* chair 7 */ [7, 7, 7, 7, 7, 7, 7, 8, 9, 10],
    /* chair 8 */ [8, 8, 8, 8, 8, 8, 8, 8, 9, 10],
    /* chair 9 */ [9, 9, 9, 9, 9, 9, 9, 9, 9, 10],
    /* chair 10 */ [10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
  ],
};

/** The five tables, for the help screen and the tests. */
export const rosaTables: readonly RosaTable[] = [tableA, tableB, tableC, tableD, tableE];

/** The last row and column index of `table`. */
export function tableBounds(table: RosaTable): { lastRow: number; lastColumn: number } {
  return { lastRow: table.firstRow + table.cells.length - 1, lastColumn: table.firstColumn + (table.cells[0]?.length ?? 0) - 1 };
}

/** The cell at (`row`, `column`) in the table's own indices; a caller's bug when outside the table. */
export function lookup(table: RosaTable, row: number, column: number): number {
  const cell = table.cells[row - table.firstRow]?.[column - table.firstColumn];
  if (cell === undefined) throw new RangeError(`Table ${table.name} has no cell (${row}, ${column})`);
  return cell;
}
