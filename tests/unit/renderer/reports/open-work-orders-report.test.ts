import { describe, expect, it } from 'vitest';
import { openWorkOrdersTable } from '../../../../src-renderer/features/reports/open-work-orders';
import { describeScope } from '../../../../src-renderer/features/reports/report-scope';
import { reportFileName } from '../../../../src-renderer/features/reports/save-file';
import { defaultPaper, pageSizeRule } from '../../../../src-renderer/features/reports/paper';
import { newWorkOrder } from '../../../support/documents';

const names = {
  sites: new Map([['site-001', 'Courthouse'], ['site-002', 'Main Library']]),
  people: new Map([['tech-01', 'Ana Ruiz'], ['tech-02', 'Zoë Núñez']]),
};

describe('the open work orders report', () => {
  it('lists the open work orders in the order given, with sites, statuses, priorities and people by name', () => {
    const orders = [
      newWorkOrder({ createdBy: 'tech-01', number: 10001, title: 'Printer jams', siteId: 'site-002', status: 'in-progress', assigneeId: 'tech-02', impact: 1, urgency: 1 }),
      newWorkOrder({ createdBy: 'tech-01', number: 10002, title: 'Closed long ago', status: 'closed', assigneeId: 'tech-01' }),
      newWorkOrder({ createdBy: 'tech-01', title: 'Not numbered yet', status: 'new' }),
      newWorkOrder({ createdBy: 'tech-01', number: 10003, title: 'Waiting on toner', status: 'on-hold', holdReason: 'waiting-for-parts', assigneeId: 'tech-01' }),
      newWorkOrder({ createdBy: 'tech-01', number: 10004, title: 'Fixed', status: 'resolved', assigneeId: 'tech-01' }),
      newWorkOrder({ createdBy: 'tech-01', number: 10005, title: 'Cancelled', status: 'cancelled' }),
      newWorkOrder({ createdBy: 'tech-01', number: 10006, title: 'Somewhere new', siteId: 'site-999', status: 'assigned', assigneeId: 'tech-77' }),
    ];
    const table = openWorkOrdersTable(orders, names);
    expect(table.columns.map((c) => c.label)).toEqual(['Number', 'Title', 'Site', 'Status', 'Priority', 'Assignee']);
    expect(table.rows).toEqual([
      { number: 'WO-10001', title: 'Printer jams', site: 'Main Library', status: 'In progress', priority: 'P1 Critical', assignee: 'Zoë Núñez' },
      { number: 'new', title: 'Not numbered yet', site: 'Courthouse', status: 'New', priority: 'P3 Medium', assignee: 'Unassigned' },
      { number: 'WO-10003', title: 'Waiting on toner', site: 'Courthouse', status: 'On hold (Waiting for parts)', priority: 'P3 Medium', assignee: 'Ana Ruiz' },
      { number: 'WO-10006', title: 'Somewhere new', site: 'Unknown site', status: 'Assigned', priority: 'P3 Medium', assignee: 'Unknown person' },
    ]);
  });

  it.each([
    [{ scope: 'mine', siteName: null, priority: null }, 'Assigned to Ana Ruiz · All sites · All priorities'],
    [{ scope: 'unassigned', siteName: 'Courthouse', priority: null }, 'Unassigned · Courthouse · All priorities'],
    [{ scope: 'everyone', siteName: null, priority: 2 }, 'All assignees · All sites · P2 High'],
  ] as const)('names what it covers: %o', (filters, words) => {
    expect(describeScope(filters, 'Ana Ruiz')).toBe(words);
  });

  it('is saved under a name that says what and which day', () => {
    expect(reportFileName('Open work orders', new Date(2026, 4, 7, 23, 30))).toBe('open-work-orders-2026-05-07');
    expect(reportFileName('Sweep: Main Library (2nd floor)', new Date(2026, 11, 31))).toBe('sweep-main-library-2nd-floor-2026-12-31');
  });
});

describe('paper', () => {
  it.each([
    ['en-US', 'Letter'],
    ['en', 'Letter'],
    ['es-MX', 'Letter'],
    ['fr-CA', 'Letter'],
    ['en-GB', 'A4'],
    ['de-DE', 'A4'],
    ['fr', 'A4'],
    ['not a locale', 'A4'],
  ] as const)('starts on the paper of %s: %s', (locale, paper) => {
    expect(defaultPaper(locale)).toBe(paper);
  });

  it('sets the page size the PDF and the print dialog lay out on', () => {
    expect(pageSizeRule('A4')).toBe('@page { size: A4 portrait; }');
    expect(pageSizeRule('Letter')).toBe('@page { size: letter portrait; }');
  });
});
