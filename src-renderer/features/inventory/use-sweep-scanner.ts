import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createAnswerStore, type ScanAnswer } from './answer-store';
import { useRxDatabase } from 'rxdb/plugins/react';
import { v7 as uuidv7 } from 'uuid';
import type { Asset } from '@shared/schema/asset.schema';
import type { AssetEvent, ScanMethodName } from '@shared/schema/asset-event.schema';
import { normaliseTag } from '@shared/domain/asset-tag';
import { buildIdentifierIndex, identify } from '@shared/domain/tag-lookup';
import { assetScanOutcome, recordOfScan, type ScanStamp, type SweepPlace } from '@shared/domain/inventory/scan-outcome';
import { readRoomLabel } from '@shared/domain/inventory/room-label';
import type { FieldDeskDatabase } from '../../db/database';
import { useSession } from '../../host/api-context';
import { findOnDevice } from '../assets/find-on-device';
import { deviceId } from './device-id';
import { scanJournal, type JournalEntry } from './scan-journal';
import { playAnswer, type Answer } from './scan-sounds';
import { useSites } from '../work-orders/use-work-orders';
import type { SweepData } from './use-sweep';


type Place = { building: string; room: string } | null;

/**
 * Runs a scan's writes once its answer is on screen: storing starts work (the outbox's bookkeeping,
 * IndexedDB) that would otherwise run before the answer's frame. A few milliseconds later: the
 * scan is in the journal meanwhile (./scan-journal.ts), so a reload inside them loses nothing.
 */
function afterPaint(write: () => Promise<unknown>, done: () => void): void {
  requestAnimationFrame(() => setTimeout(() => void write().then(done, (error: unknown) => console.error('A scan could not be stored.', error)), 0));
}

const severalWords = (count: number, key: string) => `${count} assets share ${key}. Scan the county asset tag instead.`;

const describePlace = (siteName: string, p: { building: string; room: string }) => `${siteName}, ${p.building}, room ${p.room}`;

/**
 * Turns each scan (wedge, camera or typed) into its answer at once, from what is in memory: the
 * sweep's assets indexed by tag, serial number and tag-in-URL, and what was found already (the
 * synced scans plus those made here a moment ago, so a quick second scan of one label says
 * "already scanned" before its first write lands). The answer is shown and sounded before
 * anything is written; the scan's asset event and the asset's location and last-verified follow.
 * A text the sweep's assets do not hold is looked for among every asset on the device by any
 * identifier (find-on-device.ts: an asset registered elsewhere, to be moved here).
 */
export function useSweepScanner(data: SweepData, place: Place, setPlace: (p: { building: string; room: string }) => void) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const session = useSession();
  const [answers] = useState(createAnswerStore);
  const count = useRef(0);
  const foundHere = useRef(new Set<string>());
  /** Assets of other sites or rooms found on the device, by the normalised text that found them. */
  const lookedUp = useRef(new Map<string, Asset>());
  const { sweep, site, assets, reconciliation } = data;
  const { byId: sites } = useSites();
  const journal = useMemo(() => scanJournal(localStorage, session.user.id), [session.user.id]);
  // Scans a reload caught between their answer and their writes go in first.
  useEffect(() => {
    void journal.replay({
      hasEvent: async (id) => (await db.asset_events.findOne(id).exec()) !== null,
      insertEvent: (event) => db.asset_events.insert(event),
      patchAsset: async (id, patch) => (await db.assets.findOne(id).exec())?.incrementalPatch(patch),
    }).catch((error: unknown) => console.error('Scans kept over a reload could not be stored.', error));
  }, [db, journal]);
  /** Keeps the scan in the journal, then stores it after the answer's frame. */
  const store = useCallback((entry: JournalEntry) => {
    journal.keep(entry);
    afterPaint(async () => {
      await db.asset_events.insert(entry.event);
      if (entry.asset) await (await db.assets.findOne(entry.asset.id).exec())?.incrementalPatch(entry.asset.patch);
    }, () => journal.drop(entry.event.id));
  }, [db, journal]);

  const index = useMemo(() => buildIdentifierIndex(assets.values()), [assets]);
  const latest = useRef({ index, reconciliation, place, site, sweep, sites });
  latest.current = { index, reconciliation, place, site, sweep, sites };

  const show = useCallback((a: Omit<ScanAnswer, 'n'>) => {
    count.current += 1;
    // A User Timing mark per answer, for bench:sweep and the browser's performance panel.
    performance.mark('scan-answered');
    answers.set({ ...a, n: count.current });
    playAnswer(a.answer);
  }, [answers]);

  const answerAsset = useCallback(
    (asset: Asset, method: ScanMethodName, at: string) => {
      const { reconciliation: rec, place: where, site: s, sweep: sw, sites: known } = latest.current;
      if (!where || !s || !sw) return;
      const here: SweepPlace = { siteId: s.id, building: where.building, room: where.room };
      const found = { has: (id: string) => foundHere.current.has(id) || !!rec?.verifiedIds.has(id) || !!rec?.movedInIds.has(id) || !!rec?.notInServiceIds.has(id) };
      const result = assetScanOutcome(asset, here, found);
      const stamp: ScanStamp = { sweepId: sw.id, place: here, authorId: session.user.id, authorName: session.user.name, deviceId: deviceId(), method, at };
      const record = recordOfScan(result, stamp);
      const eventId = record ? uuidv7() : undefined;
      const texts: Record<typeof result.outcome, string> = {
        verified: `Verified here: ${asset.tag}, ${asset.make} ${asset.model}.`,
        moved: `Moved here: ${asset.tag}, ${asset.make} ${asset.model}, was at ${describePlace(known.get(asset.siteId)?.name ?? 'another site', asset)}. Its location is now this room.`,
        already: `Already scanned in this sweep: ${asset.tag}. Not counted again.`,
        'not-in-service': `Not in service: ${asset.tag} is ${asset.status} in the register. Flagged for a supervisor.`,
      };
      if (record) foundHere.current.add(asset.id);
      show({ answer: result.outcome, tag: asset.tag, text: texts[result.outcome], asset, eventId });
      if (!record || !eventId) return;
      store({ event: { id: eventId, ...record.event } as AssetEvent, ...(record.asset ? { asset: { id: asset.id, patch: record.asset } } : {}) });
    },
    [session.user.id, session.user.name, show, store],
  );

  const scan = useCallback(
    (raw: string, method: ScanMethodName) => {
      const at = new Date().toISOString();
      const key = normaliseTag(raw);
      if (key === '') return;
      const { index: idx, place: where, site: s, sweep: sw, reconciliation: rec } = latest.current;
      if (!s || !sw) return;
      const label = readRoomLabel(raw, s);
      if (label) {
        if (label.label === 'room') {
          setPlace({ building: label.building, room: label.room });
          show({ answer: 'room', tag: key, text: `Now in ${label.building}, room ${label.room}.` });
        } else if (label.label === 'other-site') {
          show({ answer: 'other-site-room', tag: key, text: `That room label is of another site (${label.siteCode}). The room stays as it was.` });
        } else {
          show({ answer: 'other-site-room', tag: key, text: `This site has no room ${label.room} in ${label.building}. Pick the room from the list.` });
        }
        return;
      }
      if (!where) {
        show({ answer: 'no-room', tag: key, text: 'Set the room first: scan the room label by the door, or pick the room.' });
        return;
      }
      const known = identify(raw, idx);
      if (known.found === 'asset') {
        const asset = assets.get(known.assetId);
        if (asset) return answerAsset(asset, method, at);
      }
      if (known.found === 'several') {
        show({ answer: 'several', tag: key, text: severalWords(known.assetIds.length, key) });
        return;
      }
      const cached = lookedUp.current.get(key);
      if (cached) return answerAsset(cached, method, at);
      void (async () => {
        const elsewhere = await findOnDevice(db, raw);
        if (elsewhere.found === 'asset') {
          lookedUp.current.set(key, elsewhere.asset);
          return answerAsset(elsewhere.asset, method, at);
        }
        if (elsewhere.found === 'several') {
          show({ answer: 'several', tag: key, text: severalWords(elsewhere.count, key) });
          return;
        }
        const capturedBefore = !!rec?.unknownKeys.has(key);
        const eventId = uuidv7();
        show({
          answer: 'unknown',
          tag: key,
          eventId,
          text: capturedBefore ? `Unknown tag ${key}, captured already in this sweep.` : `Unknown tag ${key}: no asset on this device has it. It is kept in the unknown-tag queue.`,
        });
        if (capturedBefore) return;
        store({ event: {
          id: eventId, assetId: '', tag: key, kind: 'unknown-tag', siteId: s.id, building: where.building, room: where.room,
          authorId: session.user.id, authorName: session.user.name, note: '', sweepId: sw.id, deviceId: deviceId(), method,
          capture: { later: true }, createdAt: at, updatedAt: at,
        } });
      })();
    },
    [assets, answerAsset, db, session.user.id, session.user.name, setPlace, show, store],
  );

  // A camera read of an asset this sweep knows (by any identifier) counts at once (camera-reads.ts).
  const knows = useCallback((raw: string) => identify(raw, latest.current.index).found !== 'nothing' || lookedUp.current.has(normaliseTag(raw)), []);

  return { answers, scan, knows, describe: (p: { building: string; room: string }) => (site ? describePlace(site.name, p) : '') };
}
