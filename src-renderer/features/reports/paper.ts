import type { PaperSize } from '@shared/api/report.contract';

/** Where US Letter is the usual paper (the Americas that follow the US, and the Philippines); A4 elsewhere. */
const letterRegions = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PR', 'DO', 'PA', 'SV', 'NI', 'HN', 'BZ']);

/**
 * The paper a report starts on, from the user's locale: "en-US" -> Letter, "de-DE" -> A4, and a
 * language alone by its likeliest region ("en" -> US -> Letter, "fr" -> FR -> A4).
 */
export function defaultPaper(locale: string): PaperSize {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return 'A4';
  }
  return region && letterRegions.has(region) ? 'Letter' : 'A4';
}

/** The CSS that lays the report out on that paper, for the PDF and for the browser's print dialog alike. */
export function pageSizeRule(paper: PaperSize): string {
  return `@page { size: ${paper === 'A4' ? 'A4' : 'letter'} portrait; }`;
}
