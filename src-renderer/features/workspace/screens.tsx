import type { ReactNode } from 'react';
import { Boxes, ClipboardList, FileText, Inbox, Armchair, ScanBarcode, ScanLine, Settings, Users } from 'lucide-react';
import type { Role } from '@shared/schema/user.schema';

/** A screen the sidebar and the command palette offer. `coming`: not built yet, it shows a short page saying so. */
export type Screen = {
  path: string;
  label: string;
  description: string;
  icon: ReactNode;
  coming?: string;
  roles?: readonly Role[];
  /** Shown in the command palette only (reached from another screen in the app). */
  paletteOnly?: boolean;
};

const icon = (Icon: typeof Boxes) => <Icon size={18} strokeWidth={1.75} aria-hidden />;

export const screens: readonly Screen[] = [
  { path: '/', label: 'Work orders', description: 'Your queue, the team\'s, and every work order', icon: icon(ClipboardList) },
  {
    path: '/inventory', label: 'Inventory', description: 'Sweeps of a site\'s assets, scan by scan', icon: icon(ScanBarcode),
  },
  {
    path: '/assets', label: 'Assets', description: 'The county\'s asset register', icon: icon(Boxes),
    coming: 'Browsing and editing the asset register here is being built. You can already go to an asset by its tag with Ctrl+K.',
  },
  {
    path: '/ergonomics', label: 'Ergonomics', description: 'Workstation assessments by ROSA, recommendations and follow-up', icon: icon(Armchair),
  },
  { path: '/conflicts', label: 'Edits to review', description: 'Your edits that another edit overrode, or the server refused', icon: icon(Inbox) },
  { path: '/settings', label: 'Settings', description: 'County service levels, asset tags, and this device', icon: icon(Settings) },
  { path: '/scan-test', label: 'Scan test', description: 'Try a barcode scanner or this device\'s camera on a label', icon: icon(ScanLine) },
  { path: '/admin', label: 'User accounts', description: 'Add users, disable them, reset passwords', icon: icon(Users), roles: ['admin'] },
  { path: '/reports/open-work-orders', label: 'Report of open work orders', description: 'Print or export the open work orders', icon: icon(FileText), paletteOnly: true },
];

/** The screens this role may open. */
export const screensFor = (role: Role) => screens.filter((s) => !s.roles || s.roles.includes(role));

/** Whether `location` is inside `screen` (the work-order list owns the work-order pages). */
export function isWithin(screen: Screen, location: string): boolean {
  if (screen.path === '/') return location === '/' || location.startsWith('/work-orders');
  return location === screen.path || location.startsWith(`${screen.path}/`);
}
