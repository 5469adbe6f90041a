import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { useRxCollection } from 'rxdb/plugins/react';
import { Spotlight } from '@mantine/spotlight';
import { ClipboardList, Search, Tag } from 'lucide-react';
import { normaliseTag } from '@shared/domain/asset-tag';
import { statusLabels } from '@shared/domain/work-order-status';
import type { Asset } from '@shared/schema/asset.schema';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { useSession } from '../../host/api-context';
import { workOrderNumber } from '../../ui/format';
import { useAllWorkOrders } from '../work-orders/use-work-orders';
import { useWorkOrderSearch } from '../search/use-work-order-search';
import { paletteMatches, isNumberQuery } from './palette-matches';
import { screensFor, type Screen } from './screens';

/** Assets whose tag starts with the query, through the tag index (never a scan of 50,000 assets). */
function useAssetsByTag(query: string): Asset[] {
  const assets = useRxCollection<Asset>('assets');
  const [found, setFound] = useState<Asset[]>([]);
  const tag = normaliseTag(query.replace(/^tag\s*/i, ''));
  useEffect(() => {
    if (!assets || tag.length < 2) return setFound([]);
    let current = true;
    void assets
      .find({ selector: { tag: { $gte: tag, $lt: `${tag}\uffff` } }, sort: [{ tag: 'asc' }], limit: 6 })
      .exec()
      .then((docs) => current && setFound(docs.map((d) => d.toJSON() as Asset)));
    return () => {
      current = false;
    };
  }, [assets, tag]);
  return found;
}

/**
 * Screens, and work orders by number, or by any of their words through the device's index once it
 * is filled (until then, by title). Titles are scanned only while the index fills: at every
 * keystroke that scan read all 10,000 work orders for nothing.
 */
function usePaletteMatches(query: string, screens: readonly Screen[], rows: readonly WorkOrder[]): { screens: Screen[]; workOrders: { wo: WorkOrder; inNote: boolean }[] } {
  const byNumber = isNumberQuery(query);
  const { hits, ready } = useWorkOrderSearch(byNumber ? '' : query);
  const scanned = byNumber || !ready ? rows : noRows;
  const matches = useMemo(() => paletteMatches(query, screens, scanned), [query, screens, scanned]);
  const byId = useMemo(() => new Map(rows.map((wo) => [wo.id, wo])), [rows]);
  if (byNumber || !ready) return { screens: matches.screens, workOrders: matches.workOrders.map((wo) => ({ wo, inNote: false })) };
  const workOrders = hits.flatMap((hit) => {
    const wo = byId.get(hit.workOrderId);
    return wo ? [{ wo, inNote: hit.inNote }] : [];
  });
  return { screens: matches.screens, workOrders };
}
const noRows: readonly WorkOrder[] = [];

/**
 * Ctrl+K (or the search box): go to any screen, an asset by tag, or a work order by number or by
 * words of its title, description, requester or timeline, found offline.
 */
export function CommandPalette() {
  const [, navigate] = useLocation();
  const { user } = useSession();
  const [query, setQuery] = useState('');
  const { rows } = useAllWorkOrders();
  const screens = useMemo(() => screensFor(user.role), [user.role]);
  const matches = usePaletteMatches(query, screens, rows);
  const { workOrders } = matches;
  const assets = useAssetsByTag(query);
  const nothing = matches.screens.length + workOrders.length + assets.length === 0;

  return (
    // Ctrl+K from anywhere, a text box too (a half-typed note or the list's filter): the key edits
    // nothing there, and the palette is how a technician jumps away mid-task.
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={['mod + K']} tagsToIgnore={[]} scrollable maxHeight={420} aria-label="Go to">
      <Spotlight.Search placeholder="Work order number, words, a name, an asset tag, or a screen" leftSection={<Search size={18} aria-hidden />} aria-label="Go to a work order, an asset or a screen" />
      {/* data-query: the query these results answer, for bench:work-orders to time typing to results. */}
      <Spotlight.ActionsList aria-label="Places to go" data-query={query}>
        {workOrders.length > 0 && (
          <Spotlight.ActionsGroup label="Work orders">
            {workOrders.map(({ wo, inNote }) => (
              <Spotlight.Action
                key={wo.id}
                label={`${workOrderNumber(wo.number)} ${wo.title}`}
                description={`${statusLabels[wo.status]} · ${wo.requester.name}${inNote ? ' · found in its notes' : ''}`}
                leftSection={<ClipboardList size={18} aria-hidden />}
                onClick={() => navigate(`/work-orders/${wo.id}`)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {assets.length > 0 && (
          <Spotlight.ActionsGroup label="Assets">
            {assets.map((asset) => (
              <Spotlight.Action
                key={asset.id}
                label={`Tag ${asset.tag}`}
                description={`${asset.make} ${asset.model}`}
                leftSection={<Tag size={18} aria-hidden />}
                onClick={() => navigate(`/assets/${asset.id}`)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {matches.screens.length > 0 && (
          <Spotlight.ActionsGroup label="Screens">
            {matches.screens.map((screen) => (
              <Spotlight.Action key={screen.path} label={screen.label} description={screen.description} leftSection={screen.icon} onClick={() => navigate(screen.path)} />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {nothing && <Spotlight.Empty>Nothing matches “{query}”. Try a work-order number such as 1042, or an asset tag.</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
