import { expect, type Page } from '@playwright/test';

/** Who does a work order: assigning it (supervisors, on its page or from the list) and escalating it. */
export class WorkOrderAssignment {
  constructor(private readonly page: Page) {}

  get assignee() {
    return this.page.getByTestId('work-order-assignee');
  }
  get level() {
    return this.page.getByTestId('work-order-level');
  }
  get escalateButton() {
    return this.page.getByRole('button', { name: 'Escalate…' });
  }

  /** Picks a technician by typing part of their name; `label` is "Assign to" or "Reassign to". Returns the option's text. */
  async pick(name: string, label = 'Assign to'): Promise<string> {
    const picker = this.page.getByRole('combobox', { name: label, exact: true });
    await picker.click();
    await picker.fill(name);
    const option = this.page.getByRole('option', { name: new RegExp(name) });
    const text = (await option.textContent()) ?? '';
    await option.click();
    return text;
  }

  /** On a work order's page: assigns (or reassigns) it to the technician so named. */
  async assignTo(name: string): Promise<string> {
    const reassign = await this.page.getByRole('button', { name: 'Reassign' }).isVisible();
    const text = await this.pick(name, reassign ? 'Reassign to' : 'Assign to');
    await this.page.getByRole('button', { name: reassign ? 'Reassign' : 'Assign', exact: true }).click();
    await expect(this.assignee).toHaveText(name);
    return text;
  }

  /** In the list: ticks the rows whose titles are given, then assigns them all to one technician. */
  async assignFromList(titles: string[], name: string): Promise<void> {
    for (const title of titles) await this.page.getByRole('checkbox', { name: new RegExp(`^Select .* ${title}$`) }).check();
    await expect(this.page.getByTestId('selected-count')).toHaveText(`${titles.length} work orders selected`);
    const bar = this.page.getByRole('region', { name: 'Selected work orders' });
    const picker = bar.getByRole('combobox', { name: 'Assign to', exact: true });
    await picker.click();
    await picker.fill(name);
    await this.page.getByRole('option', { name: new RegExp(name) }).click();
    await bar.getByRole('button', { name: 'Assign selected' }).click();
    await expect(bar).toHaveCount(0);
  }

  async escalate(referral: { level: string; reason: string; tried: string }): Promise<void> {
    await this.escalateButton.click();
    await this.page.getByRole('combobox', { name: 'Escalate to' }).selectOption({ label: referral.level });
    await this.page.getByRole('textbox', { name: 'Reason for escalating' }).fill(referral.reason);
    await this.page.getByRole('textbox', { name: 'What was tried' }).fill(referral.tried);
    await this.page.getByRole('button', { name: `Escalate to ${referral.level.toLowerCase()}` }).click();
  }
}
