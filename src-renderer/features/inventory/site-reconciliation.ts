import type { Asset } from '@shared/schema/asset.schema';
import type { Reconciliation } from '@shared/domain/inventory/reconciliation';
import type { ReportTable } from '../reports/report-table';

type Line = 'Verified' | 'Moved in' | 'Moved out' | 'Missing' | 'Not found yet' | 'Surplus' | 'Damaged' | 'Not in service' | 'Unknown tag';
type Key = 'outcome' | 'tag' | 'asset' | 'room';

/** The counts of a site reconciliation report, in its words and order (issue 12). */
export function reconciliationSummary(rec: Reconciliation): ReportTable<'what' | 'count'> {
  const rows: [string, number][] = [
    ['Expected', rec.expected],
    ['Verified', rec.verified],
    ['Moved in', rec.movedIn],
    ['Moved out', rec.movedOut],
    ['Missing', rec.missing],
    ['Not found yet', rec.remaining],
    ['New or unknown tags', rec.unknown],
    ['Surplus', rec.surplus],
    ['Damaged', rec.damaged],
    ['Not in service', rec.notInService],
  ];
  return { columns: [{ key: 'what', label: 'Outcome' }, { key: 'count', label: 'Assets', nowrap: true }], rows: rows.map(([what, n]) => ({ what, count: String(n) })) };
}

/** Every asset of a site reconciliation, one row per outcome, for the printed report and its CSV alike. */
export function reconciliationLines(rec: Reconciliation, assets: ReadonlyMap<string, Asset>, unknown: readonly { key: string; room: string }[]): ReportTable<Key> {
  const rows: Record<Key, string>[] = [];
  const add = (outcome: Line, ids: Iterable<string>) => {
    for (const id of ids) {
      const a = assets.get(id);
      rows.push({ outcome, tag: a?.tag ?? id, asset: a ? `${a.kind}, ${a.make} ${a.model}` : 'Not on this device', room: a ? `${a.building}, ${a.room}` : '' });
    }
  };
  add('Verified', rec.verifiedIds);
  add('Moved in', rec.movedInIds);
  add('Moved out', rec.movedOutIds);
  add('Missing', rec.missingIds);
  add('Not found yet', rec.remainingIds);
  add('Surplus', rec.surplusIds);
  add('Damaged', rec.damagedIds);
  add('Not in service', rec.notInServiceIds);
  for (const u of unknown) rows.push({ outcome: 'Unknown tag', tag: u.key, asset: 'For a supervisor to approve', room: u.room });
  return {
    columns: [
      { key: 'outcome', label: 'Outcome', nowrap: true },
      { key: 'tag', label: 'Tag', nowrap: true },
      { key: 'asset', label: 'Asset' },
      { key: 'room', label: 'Where' },
    ],
    rows,
  };
}
