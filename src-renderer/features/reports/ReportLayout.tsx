import type { ReactNode } from 'react';
import type { PaperSize } from '@shared/api/report.contract';
import { pageSizeRule } from './paper';
import './report.css';

/** Who and what a printed report names at its top. */
export type ReportHeading = {
  county: string;
  title: string;
  /** What the report covers, in words ("Everyone's · Courthouse · any priority"). */
  scope?: string;
  printedBy: string;
  printedAt: Date;
};

const printedAtFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

/**
 * The one report layout every feature prints with: county, title, scope, who printed it and when,
 * then the report's body. `actions` (print, export, paper) show on screen only. The page number
 * and the paper size come from report.css and the `@page` rule here, so the Electron PDF, the
 * browser's print dialog and the tests' page.pdf all lay it out alike.
 */
export function ReportLayout({ heading, paper, actions, children }: { heading: ReportHeading; paper: PaperSize; actions?: ReactNode; children: ReactNode }) {
  return (
    <article className="report" aria-labelledby="report-title" data-testid="report">
      <style>{pageSizeRule(paper)}</style>
      <header className="report-header">
        <p className="report-county">{heading.county}</p>
        <h1 id="report-title">{heading.title}</h1>
        {heading.scope && <p className="report-scope">{heading.scope}</p>}
        <p className="report-meta">
          Printed by {heading.printedBy} on {printedAtFormat.format(heading.printedAt)}
        </p>
      </header>
      {actions && <div className="report-actions">{actions}</div>}
      {children}
    </article>
  );
}
