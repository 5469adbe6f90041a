import { v7 as uuidv7 } from 'uuid';
import type { Asset, AssetKind } from '@shared/schema/asset.schema';
import type { Site } from '@shared/schema/site.schema';
import type { Random } from './random';

const models: Record<AssetKind, [string, string][]> = {
  desktop: [['Dell', 'OptiPlex 7010'], ['HP', 'EliteDesk 800 G6'], ['Lenovo', 'ThinkCentre M70q']],
  laptop: [['Dell', 'Latitude 5440'], ['Lenovo', 'ThinkPad T14'], ['HP', 'EliteBook 840']],
  monitor: [['Dell', 'P2422H'], ['HP', 'E24 G5'], ['LG', '24BK550Y']],
  printer: [['HP', 'LaserJet M507'], ['Brother', 'HL-L6200DW'], ['Xerox', 'VersaLink B405']],
  phone: [['Cisco', 'CP-8841'], ['Poly', 'VVX 450'], ['Yealink', 'T54W']],
  'network-device': [['Cisco', 'Catalyst 9200'], ['Ubiquiti', 'UniFi U6-Pro'], ['Meraki', 'MR36']],
  other: [['Epson', 'PowerLite 118'], ['APC', 'Back-UPS 1500'], ['Zebra', 'ZD421']],
};
const kindWeights: [AssetKind, number][] = [
  ['desktop', 28], ['monitor', 30], ['laptop', 14], ['phone', 14], ['printer', 6], ['network-device', 4], ['other', 4],
];
const costCents: Record<AssetKind, [number, number]> = {
  desktop: [70_000, 140_000], laptop: [90_000, 180_000], monitor: [15_000, 35_000], printer: [30_000, 250_000],
  phone: [12_000, 40_000], 'network-device': [40_000, 600_000], other: [8_000, 90_000],
};
const people = ['A. Smith', 'B. Nguyen', 'C. Garcia', 'D. Walker', 'E. Haddad', 'F. Novak', 'G. Reyes', 'H. Olsen'];

/** A UPC-A for the demo's monitors, from the asset's number (no random draw: the rest of the county stays as it was). */
function demoUpc(n: number): string {
  const digits = `4${String(n).padStart(10, '0')}`;
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

function weightedKind(random: Random): AssetKind {
  let roll = random.next() * 100;
  for (const [kind, weight] of kindWeights) if ((roll -= weight) < 0) return kind;
  return 'other';
}

/** `count` tagged assets spread over the sites' rooms; tags CTY-0000001 upward. */
export function demoAssets(random: Random, sites: Site[], count: number, now: string): Asset[] {
  const assets: Asset[] = [];
  for (let i = 0; i < count; i++) {
    const site = random.pick(sites);
    const building = random.pick(site.buildings);
    const kind = weightedKind(random);
    const [make, model] = random.pick(models[kind]);
    const [low, high] = costCents[kind];
    const roll = random.next();
    assets.push({
      id: uuidv7(),
      tag: `CTY-${String(i + 1).padStart(7, '0')}`,
      serialNumber: `${make.slice(0, 2).toUpperCase()}${random.int(10_000_000, 99_999_999)}`,
      // Monitors carry the maker's UPC on their label: scanning it finds them too.
      ...(kind === 'monitor' ? { manufacturerBarcodes: [demoUpc(i + 1)] } : {}),
      kind,
      make,
      model,
      siteId: site.id,
      building: building.name,
      room: random.pick(building.rooms),
      assignedEmployee: kind === 'laptop' || kind === 'desktop' ? random.pick(people) : '',
      status: roll < 0.88 ? 'in-service' : roll < 0.95 ? 'in-storage' : roll < 0.99 ? 'surplus' : 'missing',
      cost: random.int(low, high),
      acquisitionDate: `${random.int(2016, 2026)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      updatedAt: now,
    });
  }
  return assets;
}
