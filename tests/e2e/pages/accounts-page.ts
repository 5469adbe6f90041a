import { expect, type Page } from '@playwright/test';

export type NewUserForm = { name: string; username: string; role: 'Technician' | 'Supervisor' | 'Administrator'; level: 1 | 2 | 3; password: string };

/** The admin screen: user accounts. */
export class AccountsPage {
  constructor(private readonly page: Page) {}

  get link() {
    return this.page.getByRole('link', { name: 'User accounts' });
  }
  get notice() {
    return this.page.getByRole('status');
  }
  get table() {
    return this.page.getByRole('table', { name: 'User accounts' });
  }
  row(name: string) {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  async open(): Promise<void> {
    await this.link.click();
    await expect(this.page.getByRole('heading', { name: 'User accounts' })).toBeVisible();
  }

  async addUser(user: NewUserForm): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Full name').fill(user.name);
    await form.getByLabel('User name').fill(user.username);
    await form.getByLabel('Role').selectOption({ label: user.role });
    await form.getByLabel('Support level').selectOption({ label: `Level ${user.level}` });
    await form.getByLabel('Password').fill(user.password);
    await form.getByRole('button', { name: 'Add user' }).click();
  }

  async disable(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Disable ${name}` }).click();
  }

  async resetPassword(name: string, password: string): Promise<void> {
    await this.page.getByRole('button', { name: `Reset the password of ${name}` }).click();
    await this.page.getByLabel(`New password for ${name}`).fill(password);
    await this.page.getByRole('button', { name: 'Set password' }).click();
  }
}
