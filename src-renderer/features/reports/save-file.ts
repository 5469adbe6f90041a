/**
 * Hands a file to the user through the page's own download (the browser's download bar; in
 * Electron, its save dialog). Works offline: the file is made in memory, nothing is uploaded.
 */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; the next task may let the memory go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from a report title and day: "open-work-orders-2026-05-14". */
export function reportFileName(title: string, at: Date): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'report';
  const day = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
  return `${slug}-${day}`;
}
