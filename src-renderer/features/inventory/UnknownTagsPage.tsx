import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useRxDatabase } from 'rxdb/plugins/react';
import { v7 as uuidv7 } from 'uuid';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { assetKinds, type Asset, type AssetKind } from '@shared/schema/asset.schema';
import type { AssetEvent } from '@shared/schema/asset-event.schema';
import { supervises } from '@shared/domain/access';
import { unknownTags, type UnknownTag } from '@shared/domain/inventory/unknown-tags';
import type { FieldDeskDatabase } from '../../db/database';
import { useSession } from '../../host/api-context';
import { useSites } from '../work-orders/use-work-orders';

/**
 * Unknown tags captured on sweeps, one line per tag key however many technicians captured it.
 * Supervisors approve one as a new asset (made from its latest details, naming every capture it
 * merges in `approvedFrom`); technicians see the queue of tags still to describe or approve.
 */
export function UnknownTagsPage() {
  const db = useRxDatabase() as FieldDeskDatabase;
  const session = useSession();
  const { byId: sites } = useSites();
  const [events, setEvents] = useState<AssetEvent[] | null>(null);
  const [held, setHeld] = useState<Set<string>>(new Set());
  useEffect(() => {
    const sub = db.asset_events.find({ selector: { kind: 'unknown-tag' } }).$.subscribe((docs) => setEvents(docs.map((d) => d.toJSON() as AssetEvent)));
    return () => sub.unsubscribe();
  }, [db]);
  const keys = useMemo(() => [...new Set((events ?? []).map((e) => e.tag))], [events]);
  useEffect(() => {
    const sub = db.assets.find({ selector: { tag: { $in: keys } } }).$.subscribe((docs) => setHeld(new Set(docs.map((d) => d.tag))));
    return () => sub.unsubscribe();
  }, [db, keys]);
  const tags = useMemo(() => unknownTags(events ?? [], (key) => held.has(key)).filter((t) => t.pending), [events, held]);
  const supervisor = supervises(session.user.role);

  const approve = async (t: UnknownTag) => {
    const from = t.details ?? (t.captures.at(-1) as AssetEvent);
    const c = t.details?.capture;
    const at = new Date().toISOString();
    const kind = (assetKinds as readonly string[]).includes(c?.kind ?? '') ? (c?.kind as AssetKind) : 'other';
    const asset: Asset = {
      id: uuidv7(), tag: t.key, serialNumber: c?.serialNumber ?? '', kind, make: c?.make ?? '', model: c?.model ?? '',
      siteId: from.siteId, building: from.building, room: from.room, assignedEmployee: '', status: 'in-service',
      lastVerifiedAt: from.createdAt, lastVerifiedBy: from.authorId, approvedFrom: t.captures.map((e) => e.id), updatedAt: at, updatedBy: session.user.id,
    };
    await db.assets.insert(asset);
  };

  return (
    <div className="inventory">
      <Group justify="space-between">
        <Title order={1} size="h2">Unknown tags</Title>
        <Anchor component={Link} href="/">Back to inventory</Anchor>
      </Group>
      <Text mb="sm">{supervisor ? 'Approve each as a new asset once it is described.' : 'Tags found on sweeps that no asset has, waiting for a supervisor.'}</Text>
      {events === null ? <Text>Loading…</Text> : tags.length === 0 ? <Text>No unknown tags wait for approval.</Text> : (
        <Stack component="ul" aria-label="Unknown tags" gap="xs" p={0} style={{ listStyle: 'none' }}>
          {tags.map((t) => {
            const where = t.captures.at(-1) as AssetEvent;
            const c = t.details?.capture;
            return (
              <Paper component="li" withBorder p="sm" key={t.key} aria-label={`Unknown tag ${t.key}`}>
                <Group justify="space-between">
                  <div>
                    <Text fw={700} className="inventory-tag">{t.key}</Text>
                    <Text size="sm">
                      {c ? `${c.kind ?? ''}, ${c.make ?? ''} ${c.model ?? ''}${c.serialNumber ? `, serial ${c.serialNumber}` : ''}` : 'Not described yet.'} Found at {sites.get(where.siteId)?.name ?? 'a site'}, {where.building}, room {where.room}.
                    </Text>
                    {t.captures.filter((e) => e.note).map((e) => (
                      <Text size="sm" key={e.id}>Note: {e.note}</Text>
                    ))}
                    <Text size="sm" c="dimmed">Captured {t.captures.length} time{t.captures.length === 1 ? '' : 's'}.</Text>
                  </div>
                  <Group gap="xs">
                    {t.later && <Badge color="orange">To describe</Badge>}
                    {supervisor && <Button onClick={() => void approve(t)} aria-label={`Approve ${t.key} as a new asset`}>Approve as a new asset</Button>}
                  </Group>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
    </div>
  );
}
