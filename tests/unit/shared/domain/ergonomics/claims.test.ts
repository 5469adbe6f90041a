import { describe, expect, it } from 'vitest';
import { lessCertainCells, lessCertainItemScores, reconstructedOshaWording, rosaActionLevelWording, rosaMethod } from '@shared/domain/ergonomics/claims';
import { oshaChecklist } from '@shared/domain/ergonomics/osha-checklist';
import { rosaActionLevel } from '@shared/domain/ergonomics/rosa';
import { rosaItems, type RosaItemDefinition } from '@shared/domain/ergonomics/rosa-items';
import { lookup, rosaTables, tableBounds, type RosaTable } from '@shared/domain/ergonomics/rosa-tables';
import { oshaVersion1, specText } from './spec-docs';

const table = (name: RosaTable['name']) => rosaTables.find((t) => t.name === name) as RosaTable;

describe('what the app claims (DECISIONS #13 "Claims")', () => {
  it('names the method and its source, Sonne et al. 2012', () => {
    expect(rosaMethod.citation).toMatch(/^Sonne M\., Villalta D\.L\., Andrews D\.M\. \(2012\)\./);
    expect(rosaMethod.doi).toBe('10.1016/j.apergo.2011.03.008');
  });

  it('lists each less certain cell with the value the scorer uses', () => {
    for (const cell of lessCertainCells) expect(lookup(table(cell.table), cell.row, cell.column), `${cell.table}(${cell.row}, ${cell.column})`).toBe(cell.adopted);
  });

  it('lists Table A (2, 2) and every cell of Tables A and B that reads differently transposed, with that other value', () => {
    const transposedCells = (name: 'A' | 'B') => {
      const t = table(name);
      const { lastRow, lastColumn } = tableBounds(t);
      const cells: [string, number, number, number, number][] = [];
      for (let row = t.firstRow; row <= lastRow; row++) {
        for (let column = t.firstColumn; column <= lastColumn; column++) {
          const fits = column <= lastRow && row <= lastColumn && column >= t.firstRow && row >= t.firstColumn;
          if (fits && lookup(t, row, column) !== lookup(t, column, row)) cells.push([name, row, column, lookup(t, row, column), lookup(t, column, row)]);
        }
      }
      return cells;
    };
    expect(lessCertainCells.map((c) => [c.table, c.row, c.column, c.adopted, c.alternative])).toEqual([['A', 2, 2, 2, 1], ...transposedCells('A'), ...transposedCells('B')]);
  });

  it('lists item scores with the score the scorer uses, each with a plain reason', () => {
    for (const claim of lessCertainItemScores) {
      const item: RosaItemDefinition = rosaItems[claim.item];
      expect(item.options[claim.option]?.score, `${claim.item}.${claim.option}`).toBe(claim.adopted);
      expect(claim.why).not.toMatch(/ROSA\.md|§/);
    }
    for (const cell of lessCertainCells) expect(cell.why).not.toMatch(/ROSA\.md|§/);
  });

  it('states the action level the scorer uses, beside the manual\'s wording', () => {
    expect(rosaActionLevel).toBe(5);
    expect(rosaActionLevelWording.app).toMatch(/\b5 or more\b/);
    expect(rosaActionLevelWording.manual).toMatch(/greater than 5/);
  });

  it('lists the OSHA items not read verbatim, and the reconstructed lead-ins', () => {
    expect(reconstructedOshaWording.items.every((item) => item.provenance !== 'verbatim')).toBe(true);
    expect(reconstructedOshaWording.leadIns.map((s) => s.key)).toEqual(['monitor', 'workArea', 'accessories']);
  });
});

describe('the claims against the markings of ROSA.md and OSHA-checklist.md', () => {
  const rosa = specText('ROSA.md');

  it('lists exactly the cells ROSA.md §10.1 and §10.4 ask to verify, with their values', () => {
    const line = (start: string) => rosa.split('\n').findIndex((l) => l.startsWith(start));
    const cellsOn = (name: 'A' | 'B', start: string) => {
      const at = line(start);
      const text = rosa.split('\n').slice(at, at + 2).join(' ');
      return [...text.matchAll(/\((\d+),(\d+)\) → (\d+) \[(\d+)\]/g)].map((m) => [name, ...m.slice(1).map(Number)]);
    };
    const disputed = /### 10\.1 Table A, cell \(seat (\d+), arm\/back (\d+)\)/.exec(rosa);
    const votes = /where 8 sources give \*\*(\d+)\*\* and 2 sources give \*\*(\d+)\*\*. I adopt \*\*(\d+)\*\*/.exec(rosa.replace(/\s+/g, ' '));
    const expected = [
      ['A', Number(disputed?.[1]), Number(disputed?.[2]), Number(votes?.[3]), Number(votes?.[2])],
      ...cellsOn('A', '* Table A asymmetric cells'),
      ...cellsOn('B', '* Table B asymmetric cells'),
    ];
    expect(expected).toHaveLength(15);
    expect(lessCertainCells.map((c) => [c.table, c.row, c.column, c.adopted, c.alternative])).toEqual(expected);
  });

  it('lists the item scores ROSA.md marks medium confidence or not from the source', () => {
    expect(rosa).toMatch(/\| Back support: no back support \| 2 \|.*\*\*Medium confidence\.\*\* \|/);
    expect(rosa).toMatch(/score it as "arms unsupported" = 2, but this is not from the source/);
    const mediumRows = rosa.split('\n').filter((l) => l.startsWith('| ') && l.includes('Medium confidence'));
    expect(mediumRows).toHaveLength(1);
    expect(lessCertainItemScores.map((c) => [c.item, c.option, c.adopted])).toEqual([
      ['backSupport', 'none', 2],
      ['armrests', 'tooHighOrLow', 2],
    ]);
  });

  it('quotes the paper and the manual on the action level as ROSA.md does', () => {
    expect(rosa.replace(/\s+/g, ' ')).toContain(rosaActionLevelWording.paper);
    expect(rosa).toContain(rosaActionLevelWording.manual.replace(/\.$/, ''));
  });

  it('lists every OSHA item and lead-in OSHA-checklist.md marks [R] or read only in part', () => {
    const spec = oshaVersion1(specText('OSHA-checklist.md'));
    const notVerbatim = spec.flatMap((section, i) =>
      section.items.filter((item) => (item.marker ?? section.marker) !== 'V').map((item) => `${oshaChecklist[i]?.key}.${item.number}`),
    );
    expect(reconstructedOshaWording.items.map((item) => item.id)).toEqual(notVerbatim);
    const leadIns = spec.flatMap((section, i) => (section.marker === 'R' && section.quotes.length > 0 ? [oshaChecklist[i]?.key] : []));
    expect(reconstructedOshaWording.leadIns.map((s) => s.key)).toEqual(leadIns);
  });
});
