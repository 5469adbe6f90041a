import { expect, type Page } from '@playwright/test';

/** The Scan test screen: a keyboard-wedge scanner anywhere on the page, the camera, a tag typed in a box. */
export class ScanTestPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Scan test' }).click();
    await expect(this.page.getByRole('heading', { name: 'Scan test' })).toBeVisible();
  }

  /** The scans listed, newest first, each as "TAG: how it was read, what it is." */
  get scans() {
    return this.page.getByRole('list', { name: 'Scans' }).getByRole('listitem');
  }

  /** A keyboard-wedge scanner reading `text`: keystrokes a few milliseconds apart, then Enter. */
  async scanWithScanner(text: string): Promise<void> {
    await this.page.keyboard.type(`${text}\n`, { delay: 4 });
  }

  /** A person typing `text` and Enter, about six keys a second, wherever the focus is. */
  async typeSlowly(text: string): Promise<void> {
    await this.page.keyboard.type(`${text}\n`, { delay: 160 });
  }

  get tagBox() {
    return this.page.getByRole('textbox', { name: 'Tag' });
  }

  async startCamera(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start camera' }).click();
  }
  get cameraChoice() {
    return this.page.getByRole('combobox', { name: 'Camera' });
  }
  get cameraView() {
    return this.page.getByLabel('Camera view');
  }
  /** How many camera frames the decoder has read since the camera started. */
  async framesRead(): Promise<number> {
    const text = await this.page.getByText(/^Camera frames read: \d+$/).textContent({ timeout: 60_000 });
    return Number(/\d+/.exec(text ?? '')?.[0] ?? 0);
  }
}
