import type { ReportTable } from './report-table';

/** A report's rows as a printed table: the header row repeats on every page, a row never splits. */
export function ReportTableView({ table, caption, empty }: { table: ReportTable; caption: string; empty: string }) {
  if (table.rows.length === 0) return <p className="report-empty">{empty}</p>;
  return (
    <table className="report-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c.key} scope="col">{c.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {table.columns.map((c) => (
              <td key={c.key} className={c.nowrap ? 'nowrap' : undefined}>{row[c.key]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
