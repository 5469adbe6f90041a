import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Text } from '@mantine/core';
import type { Asset } from '@shared/schema/asset.schema';

const rowHeight = 40;

/**
 * A long list of assets (a site's remaining ones can number thousands): only the rows in view are
 * in the page (@tanstack/react-virtual). Each row names the tag, kind, make and model, and where.
 */
export function AssetList({ assets, label, empty, height = 320 }: { assets: readonly Asset[]; label: string; empty: string; height?: number }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: assets.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 10 });
  if (assets.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <div ref={scrollRef} className="inventory-list" style={{ maxHeight: height, overflowY: 'auto' }}>
      <ul aria-label={label} style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const asset = assets[item.index] as Asset;
          return (
            <li
              key={asset.id}
              aria-posinset={item.index + 1}
              aria-setsize={assets.length}
              className="inventory-row"
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: rowHeight, transform: `translateY(${item.start}px)` }}
            >
              <span className="inventory-tag">{asset.tag}</span> {asset.kind}, {asset.make} {asset.model} · {asset.building}, room {asset.room}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
