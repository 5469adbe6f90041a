import { expect, type Locator, type Page } from '@playwright/test';

/** The "Attachments" section of a work order: photos from the camera or a file, signatures. */
export class AttachmentsSection {
  private readonly section: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Attachments' });
  }

  get problem() {
    return this.section.getByRole('alert');
  }
  get tiles() {
    return this.section.getByTestId('attachment');
  }
  tile(label: string) {
    return this.tiles.filter({ has: this.page.getByRole('button', { name: `Open ${label}`, exact: true }) });
  }
  /** The thumbnail's picture, once this device holds its bytes. */
  thumbnail(label: string) {
    return this.section.getByRole('button', { name: `Open ${label}`, exact: true }).locator('img');
  }

  /** Opens the capture dialog, waits for the live preview, takes the photo, retakes it, uses the second. */
  async takePhoto(caption: string): Promise<void> {
    await this.section.getByRole('button', { name: 'Take a photo' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Take a photo' });
    await expect(dialog.getByLabel('Camera preview')).toBeVisible();
    await dialog.getByRole('button', { name: 'Take the photo' }).click();
    await expect(dialog.getByRole('img', { name: 'The photo taken' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Retake' }).click();
    await expect(dialog.getByLabel('Camera preview')).toBeVisible();
    await dialog.getByRole('button', { name: 'Take the photo' }).click();
    await dialog.getByLabel('What the photo shows').fill(caption);
    await dialog.getByRole('button', { name: 'Use this photo' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Picks a file through the "Choose a photo file" button's file chooser. */
  async chooseFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.section.getByRole('button', { name: 'Choose a photo file' }).click();
    await (await chooser).setFiles(file);
  }

  /** Draws a signature with the mouse (a zigzag across the box) and keeps it under `signer`. */
  async addSignature(signer: string): Promise<void> {
    await this.section.getByRole('button', { name: 'Add a signature' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a signature' });
    const box = await dialog.getByRole('img', { name: 'Signature box' }).boundingBox();
    if (!box) throw new Error('no signature box on screen');
    await this.page.mouse.move(box.x + 30, box.y + box.height / 2);
    await this.page.mouse.down();
    for (let i = 1; i <= 12; i++) await this.page.mouse.move(box.x + 30 + i * 30, box.y + box.height / 2 + (i % 2 ? -40 : 40), { steps: 4 });
    await this.page.mouse.up();
    await dialog.getByLabel('Name of the person signing').fill(signer);
    await dialog.getByRole('button', { name: 'Keep the signature' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens a picture full size; resolves the dialog showing it. */
  async open(label: string): Promise<Locator> {
    await this.section.getByRole('button', { name: `Open ${label}`, exact: true }).click();
    return this.page.getByRole('dialog', { name: label });
  }
}
