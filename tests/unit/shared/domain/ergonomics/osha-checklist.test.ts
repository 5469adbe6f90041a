import { describe, expect, it } from 'vitest';
import { oshaChecklist, oshaItems, reconstructedOshaItems, type OshaProvenance } from '@shared/domain/ergonomics/osha-checklist';
import { rosaItems } from '@shared/domain/ergonomics/rosa-items';
import { oshaVersion1, specText } from './spec-docs';

describe('the OSHA checklist, version 1 (OSHA-checklist.md)', () => {
  it('has the seven sections in the published order, with their items numbered from 1', () => {
    expect(oshaChecklist.map((s) => [s.title, s.items.length])).toEqual([
      ['Working postures', 9],
      ['Seating', 5],
      ['Keyboard / input device', 4],
      ['Monitor', 5],
      ['Work area', 2],
      ['Accessories', 5],
      ['General', 3],
    ]);
    for (const section of oshaChecklist) {
      expect(section.items.map((item) => item.id)).toEqual(section.items.map((_, i) => `${section.key}.${i + 1}`));
    }
    expect(new Set(oshaItems.map((item) => item.id)).size).toBe(33);
  });

  it('marks exactly the "if used" and "if provided" items as applying only when the thing is there', () => {
    for (const item of oshaItems) expect(item.ifProvided === true, item.id).toBe(/\bif (used|provided)\b/.test(item.text));
  });

  it('lists as reconstructed every item not read in full: the keyboard section after its first words, and the four sections after it', () => {
    expect(reconstructedOshaItems.map((item) => item.id)).toEqual([
      'keyboardInputDevice.1', 'keyboardInputDevice.2', 'keyboardInputDevice.3', 'keyboardInputDevice.4',
      'monitor.1', 'monitor.2', 'monitor.3', 'monitor.4', 'monitor.5',
      'workArea.1', 'workArea.2',
      'accessories.1', 'accessories.2', 'accessories.3', 'accessories.4', 'accessories.5',
      'general.1', 'general.2', 'general.3',
    ]);
    expect(oshaItems.find((item) => item.id === 'keyboardInputDevice.1')?.provenance).toBe('startVerbatim');
  });

  it('links the items OSHA-checklist.md pairs with ROSA (Seating 3 - seat depth, Monitor 1 - monitor, Accessories 5 - telephone), and only to ROSA items', () => {
    const links = new Map(oshaItems.map((item) => [item.id, item.rosaItems ?? []]));
    expect(links.get('seating.3')).toContain('seatDepth');
    expect(links.get('monitor.1')).toContain('monitor');
    expect(links.get('accessories.5')).toContain('telephone');
    for (const linked of links.values()) for (const key of linked) expect(Object.keys(rosaItems)).toContain(key);
  });
});

const provenanceOf: Record<string, OshaProvenance> = { V: 'verbatim', R: 'reconstructed', 'V, start only': 'startVerbatim' };

describe('the checklist against OSHA-checklist.md itself', () => {
  const spec = oshaVersion1(specText('OSHA-checklist.md'));

  it('has its sections, lead-ins, closing lines and every item word for word', () => {
    expect(oshaChecklist.map((s) => s.title.toUpperCase())).toEqual(spec.map((s) => s.title));
    oshaChecklist.forEach((section, i) => {
      const quotes = [section.leadIn, section.afterNo].filter((quote) => quote !== undefined);
      expect(quotes, section.key).toEqual(spec[i]?.quotes);
      expect(section.items.map((item) => [item.number, item.text]), section.key).toEqual(spec[i]?.items.map((item) => [item.number, item.text]));
    });
  });

  it('carries each item\'s [V] / [R] marker, or its section\'s when the item has none', () => {
    oshaChecklist.forEach((section, i) => {
      const specSection = spec[i];
      // The keyboard heading has no marker: its lead-in was read, the copy was cut off inside item 1.
      expect(section.provenance, section.key).toBe(provenanceOf[specSection?.marker ?? 'V']);
      section.items.forEach((item, j) => {
        expect(item.provenance, item.id).toBe(provenanceOf[specSection?.items[j]?.marker ?? specSection?.marker ?? '']);
      });
    });
  });
});
