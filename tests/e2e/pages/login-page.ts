import type { Page } from '@playwright/test';

export class LoginPage {
  constructor(private readonly page: Page) {}

  get alert() {
    return this.page.getByRole('alert');
  }

  async signIn(serverUrl: string, username: string, password = 'fielddesk'): Promise<void> {
    await this.page.getByLabel('Server address').fill(serverUrl);
    await this.page.getByLabel('User name').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  async signInAnyway(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign in anyway' }).click();
  }
}
