import type { Site } from '@shared/schema/site.schema';
import type { Random } from './random';

const towns = ['Maple Falls', 'Cedar Bend', 'Riverton', 'Pine Hollow', 'Granite Ridge', 'Willow Creek', 'Oak Harbor', 'Elk Point'];
const kinds = [
  { code: 'LIB', name: 'Public Library', buildings: ['Main'] },
  { code: 'SHF', name: 'Sheriff Substation', buildings: ['Station', 'Garage'] },
  { code: 'HHS', name: 'Health & Human Services', buildings: ['Clinic', 'Annex'] },
  { code: 'RD', name: 'Road Department Yard', buildings: ['Office', 'Shop'] },
  { code: 'CC', name: 'Community Center', buildings: ['Main'] },
];

/** About forty county sites: five kinds of facility in each of eight towns. */
export function demoSites(random: Random, now: string): Site[] {
  const sites: Site[] = [];
  towns.forEach((town, t) => {
    kinds.forEach((kind, k) => {
      const n = t * kinds.length + k + 1;
      sites.push({
        id: `site-${String(n).padStart(3, '0')}`,
        code: `${kind.code}-${town.slice(0, 3).toUpperCase()}`,
        name: `${town} ${kind.name}`,
        address: `${random.int(10, 999)} ${random.pick(['Main St', 'County Rd 4', 'Elm Ave', 'Court St', 'Depot Rd'])}, ${town}`,
        buildings: kind.buildings.map((name) => ({
          name,
          rooms: Array.from({ length: random.int(4, 14) }, (_, r) => `${random.int(1, 2)}${String(r + 1).padStart(2, '0')}`),
        })),
        updatedAt: now,
      });
    });
  });
  return sites;
}
