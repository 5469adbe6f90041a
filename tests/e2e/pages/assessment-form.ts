import { expect, type Locator, type Page } from '@playwright/test';

/** Ticks a box or a radio button and waits until it shows ticked (each answer is saved on the device first). */
async function tick(control: Locator): Promise<void> {
  await control.click();
  await expect(control).toBeChecked();
}

/** The ergonomics screens: the new-assessment form, the ROSA steps, recommendations and the score beside them. */
export class AssessmentForm {
  constructor(private readonly page: Page) {}

  async start(input: { name: string; department: string; jobTitle: string; site: string; building: string; room: string }): Promise<void> {
    const page = this.page;
    await page.getByRole('link', { name: 'New assessment' }).click();
    await page.getByRole('combobox', { name: "Employee's name" }).fill(input.name);
    await page.getByRole('textbox', { name: 'Department' }).fill(input.department);
    await page.getByRole('textbox', { name: 'Job title' }).fill(input.jobTitle);
    await this.choose('Site', input.site);
    await this.choose('Building', input.building);
    await page.getByRole('textbox', { name: 'Room' }).fill(input.room);
  }

  /** Picks `option` in the Mantine select named `name`. */
  async choose(name: string, option: string): Promise<void> {
    await this.page.getByRole('textbox', { name, exact: true }).or(this.page.getByRole('combobox', { name, exact: true })).first().click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Answers one item: its option (by its words on the form) and any modifiers. */
  async answer(item: string, option: string, modifiers: string[] = []): Promise<void> {
    await tick(this.page.getByRole('radiogroup', { name: item, exact: true }).getByRole('radio', { name: option }));
    for (const modifier of modifiers) await tick(this.page.getByRole('checkbox', { name: modifier }));
  }

  /** How long an item (or the chair) is used: `less`, `some` or `more` (ROSA's three categories). */
  async duration(group: string, which: 'less' | 'some' | 'more'): Promise<void> {
    const words = { less: /^Less than 1 hour/, some: /^1 to 4 hours/, more: /^More than 4 hours/ }[which];
    await tick(this.page.getByRole('radiogroup', { name: group, exact: true }).getByRole('radio', { name: words }));
  }

  /** Says the hours a day and the longest stretch disagree for `group`, and (when given) why the time picked was picked. */
  async disputeDuration(group: string, why?: string): Promise<void> {
    const disputed = this.page.getByRole('checkbox', { name: `${group}: the hours a day and the longest stretch point to different times` });
    if (!(await disputed.isChecked())) await tick(disputed);
    if (why === undefined) return;
    const reason = this.page.getByRole('textbox', { name: `${group}: why this time?` });
    await reason.fill(why);
    await reason.blur();
    await expect(reason).toHaveValue(why);
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: /^Next: / }).click();
  }

  score(key: 'chair' | 'monitorTelephone' | 'mouseKeyboard' | 'peripherals' | 'final') {
    return this.page.getByTestId(`score-${key}`);
  }
  get risk() {
    return this.page.getByTestId('risk');
  }
  get given() {
    return this.page.getByRole('list', { name: 'Recommendations given' });
  }
}
