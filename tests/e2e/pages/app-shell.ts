import type { Page } from '@playwright/test';

/** The frame around every screen: the sidebar, the user menu, the search box and Ctrl+K palette. */
export class AppShell {
  constructor(private readonly page: Page) {}

  /** The user menu's button, named by who is signed in and their role ("Ana Morales, Technician: account menu"). */
  get user() {
    return this.page.getByRole('button', { name: /: account menu$/ });
  }

  /** The signed-in user's name, as the top bar shows it. */
  async userName(): Promise<string> {
    const name = (await this.user.getAttribute('aria-label')) ?? '';
    return name.replace(/, [^,]+: account menu$/, '');
  }

  async signOut(): Promise<void> {
    await this.user.click();
    await this.page.getByRole('menuitem', { name: 'Sign out' }).click();
  }

  /** Controls on the screen without an accessible name, as the accessibility tree shows them (none, on every screen). */
  async unnamedControls(): Promise<string[]> {
    const tree = await this.page.locator('body').ariaSnapshot();
    return tree.split('\n').filter((line) => /^\s*- (button|link|textbox|combobox|checkbox|radio|switch|menuitem|slider|searchbox)(:|\s*\[[^\]]*\])?\s*$/.test(line));
  }

  async goTo(screen: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: screen, exact: true }).click();
  }

  /** Opens the command palette from the top bar's search box and types `query`. */
  async searchFromTopBar(query: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Search: go to a work order/ }).click();
    await this.page.getByRole('textbox', { name: 'Go to a work order, an asset or a screen' }).fill(query);
  }

  /** Opens the command palette with Ctrl+K and types `query`. */
  async search(query: string): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await this.page.getByRole('textbox', { name: 'Go to a work order, an asset or a screen' }).fill(query);
  }
}
