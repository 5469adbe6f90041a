import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { scoreRosa } from '@shared/domain/ergonomics/rosa';
import { lessCertainCells } from '@shared/domain/ergonomics/claims';
import { http, loginHttp } from '../support/api';
import { runCli } from '../support/cli';
import { pullAll } from '../support/pull-all';
import { newAsset } from '../support/documents';
import { testHashCost } from '../support/test-hash-cost';
import { pdfPages } from '../support/pdf-text';
import { AppShell } from './pages/app-shell';
import { AssessmentForm } from './pages/assessment-form';
import { AttachmentsSection } from './pages/attachments-section';
import { labelPng } from '../support/barcode-images';
import { LoginPage } from './pages/login-page';
import { ReportPage } from './pages/report-page';
import { SyncIndicator } from './pages/sync-indicator';
import { useCentralServer } from './pages/central-server';

const env = useCentralServer({
  demo: false,
  async prepare(dataDir) {
    const users = [
      ['lortega', 'technician', 'Luis Ortega', '--safety-officer'],
      ['asmith', 'technician', 'Al Smith'],
      ['dcruz', 'supervisor', 'Dana Cruz'],
    ];
    for (const [username, role, name, ...more] of users) {
      const run = await runCli('create-user', [username!, '--role', role!, '--name', name!, ...more], { stdin: 'fielddesk\n', env: { DATA_DIR: dataDir, PASSWORD_HASH_COST: String(testHashCost) } });
      if (run.code !== 0) throw new Error(run.stderr);
    }
  },
});

/** The workstation as the safety officer finds it, in ROSA's section 13 shape: what the score must be. */
const observedInput = {
  // "No armrests" is scored as arms unsupported (ROSA.md section 13).
  chair: { seatHeight: { base: 'noFootContact' }, seatDepth: { base: 'ok' }, armrests: { base: 'tooHighOrLow' }, backSupport: { base: 'noLumbar' }, duration: 1 },
  monitor: { base: 'tooLow', glare: true, duration: 1 },
  telephone: { base: 'ok', duration: 0 },
  mouse: { base: 'reaching', differentSurface: true, duration: 1 },
  keyboard: { base: 'ok', duration: 1 },
} as const;
const observed = scoreRosa(observedInput);

test('a safety officer assesses a workstation offline, orders a footrest, prints the report, and a technician cannot pull the assessment', async ({ browser }) => {
  const boss = await loginHttp(env.server.url, 'dcruz');
  const site = { id: 'site-annex', code: 'ANX', name: 'County Annex', address: '1 Main St', buildings: [{ name: 'North wing', rooms: ['210'] }], updatedAt: new Date().toISOString(), _deleted: false };
  expect(await http(env.server.url, '/sync/sites/push', { token: boss.token, body: [{ assumedMasterState: null, newDocumentState: site }] })).toMatchObject({ status: 200 });

  // The workstation's monitor is registered in the room; its chair is still listed in storage, to be scanned.
  const monitor = newAsset({ tag: 'CTY-0004521', kind: 'monitor', make: 'Dell', model: 'P2422H', siteId: 'site-annex', building: 'North wing', room: '210' });
  const chair = newAsset({ tag: 'CTY-0004522', kind: 'other', make: 'Steelcase', model: 'Leap', siteId: 'site-annex', building: 'North wing', room: 'Storage' });
  expect(await http(env.server.url, '/sync/assets/push', { token: boss.token, body: [monitor, chair].map((a) => ({ assumedMasterState: null, newDocumentState: a })) })).toMatchObject({ status: 200 });

  const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  const sync = new SyncIndicator(page);
  await page.goto(env.shell.url);
  await new LoginPage(page).signIn(env.server.url, 'lortega');
  await sync.expectUpToDate();

  // At the desk, with no network.
  await env.server.stop();
  await sync.expectOffline();
  await new AppShell(page).goTo('Ergonomics');
  const form = new AssessmentForm(page);
  await form.start({ name: 'Dana Whitfield', department: 'Treasury', jobTitle: 'Accounts clerk', site: 'County Annex', building: 'North wing', room: '210' });
  await page.getByRole('checkbox', { name: 'CTY-0004521: monitor Dell P2422H' }).check();
  // A barcode scanner's keystrokes, a few milliseconds apart, with no text box focused.
  await page.getByRole('heading', { name: 'New assessment' }).click();
  await page.keyboard.type('CTY-0004522\n', { delay: 4 });
  await expect(page.getByRole('checkbox', { name: 'CTY-0004522: other Steelcase Leap' })).toBeChecked();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(page.getByTestId('assessment-summary')).toContainText('CTY-0004521 (monitor Dell P2422H), CTY-0004522 (other Steelcase Leap)');
  await expect(page.getByRole('heading', { level: 1, name: 'Assessment of Dana Whitfield' })).toBeVisible();

  const shell = new AppShell(page);
  expect(await shell.unnamedControls()).toEqual([]);
  // The chair: its sub-score appears once every chair item and its time are answered.
  await form.answer('Seat pan height', 'Feet do not reach the floor');
  await form.answer('Seat pan depth', 'About 3 in');
  await form.answer('Armrests', 'No armrests');
  // Nothing else applies to armrests that are not there.
  await expect(page.getByRole('checkbox', { name: 'Armrests cannot be adjusted' })).toBeHidden();
  await expect(form.score('chair')).toHaveText('–');
  await form.answer('Back support', 'No lumbar support');
  await form.duration('Chair: time seated', 'more');
  await expect(form.score('chair')).toHaveText(String(observed.chair));
  await expect(form.score('final')).toHaveText('–');

  await form.next();
  await form.answer('Monitor', 'Too low', ['Glare on the screen']);
  await form.duration('Monitor: time used', 'more');
  // Hours a day and the longest stretch disagree: the safety officer picks one and says why.
  await form.disputeDuration('Monitor: time used', '6 hours a day, in stretches of 40 minutes between counter visits');
  await form.answer('Telephone', 'Headset');
  await form.duration('Telephone: time used', 'some');
  await expect(form.score('monitorTelephone')).toHaveText(String(observed.monitorTelephone));

  await form.next();
  await form.answer('Mouse', 'Reaching for the mouse', ['Mouse and keyboard on different surfaces (different heights)']);
  await form.duration('Mouse: time used', 'more');
  await form.answer('Keyboard', 'Wrists straight');
  await form.duration('Keyboard: time used', 'more');
  await form.disputeDuration('Keyboard: time used');
  // Every ROSA answer is in, but a disputed time has no reason yet: the assessment cannot be finished.
  await page.getByRole('button', { name: 'Finish the assessment' }).click();
  await expect(page.getByRole('alert')).toHaveText('Not finished yet: say why you picked the time for the keyboard');
  await form.disputeDuration('Keyboard: time used', 'Types all afternoon, rarely more than 45 minutes at once');
  await expect(page.getByTestId('assessment-status')).toHaveText('Draft');
  await expect(form.score('mouseKeyboard')).toHaveText(String(observed.mouseKeyboard));
  await expect(form.score('peripherals')).toHaveText(String(observed.peripherals));
  await expect(form.score('final')).toHaveText(String(observed.final));
  await expect(form.risk).toHaveText(observed.actionLevel ? '5 or more: further assessment required' : 'Below 5: below the action level');

  // The OSHA checklist beside it: a "no" asks what the problem is.
  await form.next();
  await page.getByRole('radiogroup', { name: 'Seating 1' }).getByText('No', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Seating 1: what is the problem?' }).fill('No lumbar support at all');
  await page.getByRole('textbox', { name: 'Seating 1: what is the problem?' }).blur();
  expect(await shell.unnamedControls()).toEqual([]);
  // Recommendations: suggested from what scored, and one typed.
  await form.next();
  await page.getByRole('button', { name: /^Add: Provide a footrest/ }).click();
  await page.getByRole('textbox', { name: 'Recommendation' }).fill('Move the mouse beside the keyboard, within forearm reach.');
  await page.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(form.given.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Request equipment: Adjustable footrest' }).click();
  // The equipment work order leads back to the assessment that asked for it.
  await form.given.getByRole('link', { name: /^Equipment work order/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Ergonomic equipment: Adjustable footrest/ })).toBeVisible();
  await page.getByRole('link', { name: 'Asked for by the assessment of Dana Whitfield' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assessment of Dana Whitfield' })).toBeVisible();
  for (let step = 0; step < 4; step++) await form.next();
  await expect(form.given.getByRole('listitem')).toHaveCount(2);

  // Photos and follow-up: a photo of the desk from a file, and a date to look again.
  await form.next();
  const attachments = new AttachmentsSection(page);
  await attachments.chooseFile({ name: 'desk from the door.png', mimeType: 'image/png', buffer: await labelPng('DESK-210') });
  await expect(attachments.tile('Photo: desk from the door')).toHaveCount(1);
  await page.getByRole('textbox', { name: 'Follow-up date' }).fill('2027-01-15');
  await expect(page.getByTestId('assessment-summary')).toContainText('January 15, 2027');

  await page.getByRole('button', { name: 'Finish the assessment' }).click();
  await expect(page.getByTestId('assessment-status')).toHaveText('Finished');

  // The report, printed with the shared layout.
  await page.getByRole('link', { name: 'Assessment report' }).click();
  const report = new ReportPage(page, 'Ergonomic workstation assessment');
  await expect(report.title).toHaveText('Ergonomic workstation assessment');
  await report.printWithTheBrowser();
  const pdf = join(mkdtempSync(join(tmpdir(), 'fd-e2e-assessment-')), 'assessment.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = pdfPages(pdf).join('\n').replace(/\s+/g, ' ');
  for (const words of [
    'Ergonomic workstation assessment', 'Dana Whitfield', 'Treasury', 'Accounts clerk', 'County Annex', 'Luis Ortega', `ROSA final score ${observed.final}`,
    observed.actionLevel ? '5 or more: further assessment required' : 'Below 5', 'Feet do not reach the floor', 'Armrests: None (scored as arms unsupported)', 'Glare on the screen',
    'Monitor, more than 4 hours a day', '6 hours a day, in stretches of 40 minutes between counter visits', 'rarely more than 45 minutes at once',
    'No lumbar support at all', 'Provide a footrest', 'Move the mouse beside the keyboard', 'Photo: desk from the door', 'Sonne', 'Page 1 of',
  ]) {
    expect(text).toContain(words);
  }
  expect(text).not.toContain('Print / Save PDF');

  // Back online, everything is sent.
  await env.restart();
  await sync.expectOnlineAndSent();

  // Through the server's API: a supervisor pulls the assessment, a technician without the permission does not.
  const supervisorView = await pullAll(env.server.url, (await loginHttp(env.server.url, 'dcruz')).token, 'ergonomic-assessments');
  const stored = [...supervisorView.values()].find((a) => (a.employee as { name: string }).name === 'Dana Whitfield');
  expect(stored).toMatchObject({ status: 'final', employee: { department: 'Treasury' } });
  const technician = (await loginHttp(env.server.url, 'asmith')).token;
  expect((await pullAll(env.server.url, technician, 'ergonomic-assessments')).size).toBe(0);
  // The equipment work order reaches technicians with the equipment and the place, nothing of the assessment.
  const workOrderId = (stored?.recommendations as { workOrderId?: string }[]).find((r) => r.workOrderId)?.workOrderId ?? '';
  const equipment = (await pullAll(env.server.url, technician, 'work-orders')).get(workOrderId);
  expect(equipment).toMatchObject({ title: 'Ergonomic equipment: Adjustable footrest', category: 'ergonomic-equipment', siteId: 'site-annex', building: 'North wing', room: '210' });
  expect(JSON.stringify(equipment)).not.toMatch(/Whitfield|Treasury|score|lumbar/i);

  // The list for the safety meeting: counted at or above the action level, kept by "Score 5 or more", exported.
  await new AppShell(page).goTo('Ergonomics');
  await expect(page.getByTestId('count-at-or-above')).toHaveText(observed.actionLevel ? '1' : '0');
  await page.getByRole('checkbox', { name: 'Score 5 or more' }).check();
  await expect(page.getByRole('table', { name: 'Assessments' }).getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();
  await page.getByRole('link', { name: 'Report for the safety meeting' }).click();
  const meeting = new ReportPage(page, 'Ergonomic assessments');
  await expect(meeting.report).toContainText('score 5 or more');
  const csv = parse((await meeting.exportCsv()).text, { bom: true }) as string[][];
  expect(csv[0]).toEqual(['Employee', 'Department', 'Workstation', 'Assessed', 'ROSA score', 'Action level', 'Follow-up', 'Status']);
  expect(csv.slice(1).map((r) => [r[0], r[1], r[2], r[4], r[5], r[6], r[7]])).toEqual([['Dana Whitfield', 'Treasury', 'County Annex, room 210', String(observed.final), '5 or more: further assessment required', 'January 15, 2027', 'Finished']]);
  const meetingPdf = join(mkdtempSync(join(tmpdir(), 'fd-e2e-meeting-')), 'meeting.pdf');
  writeFileSync(meetingPdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const meetingText = pdfPages(meetingPdf).join('\n').replace(/\s+/g, ' ');
  // Read as the page lays it out: a cell's words may wrap onto a line of their own, but no word is split.
  for (const words of ['Ergonomic assessments', 'score 5 or more', 'Employee', 'Department', 'Status', 'Dana', 'Whitfield', 'Finished', 'January 15, 2027', 'Page 1 of']) expect(meetingText).toContain(words);
  await page.getByRole('link', { name: 'Back to the assessments' }).click();
  await page.getByRole('checkbox', { name: 'Score 5 or more' }).uncheck();

  // The help names the method, its source, and the cells to check against the original.
  await page.getByRole('link', { name: 'How the score works' }).click();
  await expect(page.getByRole('main')).toContainText('Sonne M., Villalta D.L., Andrews D.M. (2012)');
  await expect(page.getByRole('table', { name: 'Less certain table cells' }).getByRole('row')).toHaveCount(lessCertainCells.length + 1);
  await page.getByRole('link', { name: 'Back to the assessments' }).click();
  await page.getByRole('table', { name: 'Assessments' }).getByRole('link', { name: 'Dana Whitfield' }).click();

  // A re-assessment after the footrest arrived: beside the previous one, the change in each sub-score.
  await page.getByRole('button', { name: 'Re-assess this employee' }).click();
  await expect(page.getByTestId('assessment-status')).toHaveText('Draft');
  await form.answer('Seat pan height', 'Knees bent at about 90°');
  await form.answer('Seat pan depth', 'About 3 in');
  await form.answer('Armrests', 'No armrests');
  await form.answer('Back support', 'No lumbar support');
  await form.duration('Chair: time seated', 'more');
  const better = scoreRosa({ ...observedInput, chair: { ...observedInput.chair, seatHeight: { base: 'ok' } } });
  await page.getByRole('link', { name: 'Compare with the previous assessment' }).click();
  const change = better.chair - observed.chair;
  await expect(page.getByTestId('change-chair')).toHaveText(change === 0 ? 'no change' : change < 0 ? `${change} (better)` : `+${change} (worse)`);
  await expect(page.getByTestId('change-final')).toHaveText('–');

  // A new assessment of someone this laptop knows: picked by name, their department and job title come with them.
  await new AppShell(page).goTo('Ergonomics');
  await page.getByRole('link', { name: 'New assessment' }).click();
  await page.getByRole('combobox', { name: "Employee's name" }).fill('Dana W');
  await page.getByRole('option', { name: 'Dana Whitfield' }).click();
  await expect(page.getByRole('textbox', { name: 'Department' })).toHaveValue('Treasury');
  await expect(page.getByRole('textbox', { name: 'Job title' })).toHaveValue('Accounts clerk');

  await context.close();
});
