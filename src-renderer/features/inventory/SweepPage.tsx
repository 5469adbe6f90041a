import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { useRxDatabase } from 'rxdb/plugins/react';
import { v7 as uuidv7 } from 'uuid';
import { Alert, Anchor, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Asset } from '@shared/schema/asset.schema';
import type { AssetEvent } from '@shared/schema/asset-event.schema';
import { normaliseTag } from '@shared/domain/asset-tag';
import { tagFormatsInForce } from '@shared/domain/tag-classification';
import { trustsRead } from '@shared/domain/camera-reads';
import { missingRecord, type ScanStamp } from '@shared/domain/inventory/scan-outcome';
import type { FieldDeskDatabase } from '../../db/database';
import { useSession } from '../../host/api-context';
import { useSweepSession } from '../../stores/sweep-session';
import { useReferenceVersions } from '../reference/use-reference';
import { useWedgeScanner } from '../scanning/use-wedge-scanner';
import { CameraScanner } from '../scanning/CameraScanner';
import { usePendingKeys } from '../sync-status/use-sync-status';
import { AttachmentsSection } from '../attachments/AttachmentsSection';
import { AssetList } from './AssetList';
import { deviceId } from './device-id';
import { FinishSweepDialog } from './FinishSweepDialog';
import { LeaveSiteDialog } from './LeaveSiteDialog';
import { MakerBarcodeDialog } from './MakerBarcodeDialog';
import { MarkAssetDialog, type Mark } from './MarkAssetDialog';
import { ScanAnswerBanner } from './ScanAnswerBanner';
import { ScanActions } from './ScanActions';
import { RoomTable, SweepProgress } from './SweepProgress';
import { UnknownCaptureDialog, type CaptureDetails } from './UnknownCaptureDialog';
import { useSweep } from './use-sweep';
import { useSweepScanner } from './use-sweep-scanner';
import './inventory.css';

const allRooms = '';

/**
 * The sweep screen: set the room (pick it, or scan its label), then scan every asset in it with a
 * barcode scanner anywhere on the page, the camera, or the box. Every scan answers at once; the
 * counts stay in view; finishing lists what was not found. Works with no network: every scan is
 * in the local database the moment it is answered, and the room is kept across restarts.
 */
export function SweepPage({ id }: { id: string }) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const session = useSession();
  const [, navigate] = useLocation();
  const data = useSweep(id);
  const { sweep, site, assets, reconciliation: rec, events } = data;
  const spot = useSweepSession((s) => s.active[session.user.id]);
  const enter = useSweepSession((s) => s.enter);
  const pause = useSweepSession((s) => s.pause);
  const place = spot?.sweepId === id ? { building: spot.building, room: spot.room } : null;
  const setPlace = useCallback((p: { building: string; room: string }) => enter(session.user.id, { sweepId: id, ...p }), [enter, id, session.user.id]);
  const room = place && place.room ? place : null;
  const { answers, scan, knows, describe } = useSweepScanner(data, room, setPlace);
  const { versions } = useReferenceVersions('tag-format');
  const formats = useMemo(() => tagFormatsInForce(versions), [versions]);
  const [typed, setTyped] = useState('');
  const [camera, setCamera] = useState(false);
  const [mark, setMark] = useState<Mark | null>(null);
  const [capture, setCapture] = useState<{ tag: string } | null>(null);
  const [barcodeOf, setBarcodeOf] = useState<Asset | null>(null);
  const [captured, setCaptured] = useState<{ id: string; tag: string } | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [roomFilter, setRoomFilter] = useState(allRooms);
  const [kindFilter, setKindFilter] = useState('');
  const pending = usePendingKeys();

  // Entering the sweep (or coming back to it after a restart) marks it as this user's sweep in progress.
  useEffect(() => {
    if (sweep && !place && spot?.sweepId !== id) enter(session.user.id, { sweepId: id, building: '', room: '' });
  }, [sweep, place, spot?.sweepId, id, enter, session.user.id]);

  useWedgeScanner(useCallback((text: string) => scan(text, 'wedge'), [scan]));
  const trusted = useMemo(() => trustsRead(formats, knows), [formats, knows]);
  const onCamera = useCallback((text: string) => scan(text, 'camera'), [scan]);

  const [markOf, setMarkOf] = useState<Asset | null>(null);
  const scannedAsset = markOf;
  const stamp = (): ScanStamp | null =>
    sweep && site && room ? { sweepId: sweep.id, place: { siteId: site.id, ...room }, authorId: session.user.id, authorName: session.user.name, deviceId: deviceId(), method: 'typed', at: new Date().toISOString() } : null;
  const eventBase = (s: ScanStamp) => ({ siteId: s.place.siteId, building: s.place.building, room: s.place.room, sweepId: s.sweepId, authorId: s.authorId, authorName: s.authorName, deviceId: s.deviceId, createdAt: s.at, updatedAt: s.at });

  const saveMark = async (reason: string, condition: string) => {
    const s = stamp();
    if (!s || !scannedAsset || !mark) return;
    setMark(null);
    await db.asset_events.insert({ id: uuidv7(), ...eventBase(s), assetId: scannedAsset.id, tag: scannedAsset.tag, kind: mark, note: '', reason, condition } as AssetEvent);
  };

  const saveCapture = async (d: CaptureDetails) => {
    const s = stamp();
    if (!s || !capture) return;
    const captureId = uuidv7();
    await db.asset_events.insert({
      id: captureId, ...eventBase(s), assetId: '', tag: capture.tag, kind: 'unknown-tag', note: d.note,
      capture: { later: false, kind: d.kind, make: d.make, model: d.model, serialNumber: d.serialNumber },
    } as AssetEvent);
    setCaptured({ id: captureId, tag: capture.tag });
    setCapture(null);
  };
  // "Later" with a note typed: the note goes with the tag into the queue, still to be described.
  const captureLater = async (note: string) => {
    const s = stamp();
    if (s && capture && note) {
      await db.asset_events.insert({ id: uuidv7(), ...eventBase(s), assetId: '', tag: capture.tag, kind: 'unknown-tag', note, capture: { later: true } } as AssetEvent);
    }
    setCapture(null);
  };

  const remainingAssets = useMemo(() => (rec ? rec.remainingIds.flatMap((a) => assets.get(a) ?? []) : []), [rec, assets]);
  const expectedRoom = useMemo(() => new Map((sweep?.expected ?? []).map((e) => [e.assetId, `${e.building}/${e.room}`])), [sweep?.expected]);
  const shownRemaining = useMemo(
    () => remainingAssets.filter((a) => (roomFilter === allRooms || expectedRoom.get(a.id) === roomFilter) && (kindFilter === '' || a.kind === kindFilter)),
    [remainingAssets, roomFilter, kindFilter, expectedRoom],
  );

  const finish = async (markMissing: boolean) => {
    const s = stamp() ?? (sweep && site ? { sweepId: sweep.id, place: { siteId: site.id, building: '', room: '' }, authorId: session.user.id, authorName: session.user.name, deviceId: deviceId(), method: 'typed' as const, at: new Date().toISOString() } : null);
    if (!s || !sweep) return;
    if (markMissing && remainingAssets.length > 0) {
      await db.asset_events.bulkInsert(remainingAssets.map((a) => {
        const where = expectedRoom.get(a.id)?.split('/') ?? [];
        return { id: uuidv7(), ...missingRecord(a, { ...s, place: { siteId: s.place.siteId, building: where[0] ?? a.building, room: where.slice(1).join('/') || a.room } }) } as AssetEvent;
      }));
    }
    const doc = await db.inventory.findOne(sweep.id).exec();
    await doc?.incrementalPatch({ status: 'finished', finishedAt: s.at, finishedBy: session.user.id, updatedAt: s.at, updatedBy: session.user.id });
    setFinishing(false);
    pause(session.user.id);
  };

  const mine = useMemo(() => new Set(events.map((e) => `asset-events:${e.id}`)), [events]);
  const unsynced = useMemo(() => [...pending].filter((k) => mine.has(k)).length, [pending, mine]);
  // Pausing keeps the sweep and room for this user (the Inventory screen offers to resume, after a restart too).
  const leave = useCallback(() => navigate('/'), [navigate]);
  const tryLeave = () => (unsynced > 0 ? setLeaving(true) : leave());

  const submitTyped = (event: FormEvent) => {
    event.preventDefault();
    if (normaliseTag(typed) === '') return;
    scan(typed, 'typed');
    setTyped('');
  };

  if (data.loading) return <Text>Opening the sweep…</Text>;
  if (!sweep || sweep.kind !== 'sweep') return <Text>This sweep is not on this device. It arrives with the next sync.</Text>;
  const buildings = site?.buildings ?? [];
  const roomsOf = buildings.find((b) => b.name === place?.building)?.rooms ?? [];

  return (
    <div className="inventory sweep">
      <Group justify="space-between" align="start">
        <div>
          <Title order={1} size="h2">Sweep of {site?.name ?? sweep.name}</Title>
          <Text c="dimmed">{sweep.status === 'finished' ? 'Finished. Scans made now still count.' : 'In progress.'}</Text>
        </div>
        <Group gap="xs">
          <Anchor component={Link} href={`/sweeps/${sweep.id}/report`}>Reconciliation report</Anchor>
          <Button variant="default" onClick={tryLeave}>Pause and leave site</Button>
          <Button onClick={() => setFinishing(true)}>Finish sweep</Button>
        </Group>
      </Group>

      <Paper withBorder p="sm" mt="sm" component="section" aria-label="Room">
        <Group align="end" gap="sm">
          <NativeSelect
            label="Building"
            value={place?.building ?? ''}
            onChange={(e) => setPlace({ building: e.currentTarget.value, room: '' })}
            data={[{ value: '', label: 'Choose…' }, ...buildings.map((b) => b.name)]}
          />
          <NativeSelect
            label="Room"
            value={place?.room ?? ''}
            onChange={(e) => place && setPlace({ building: place.building, room: e.currentTarget.value })}
            data={[{ value: '', label: 'Choose…' }, ...roomsOf]}
            disabled={!place?.building}
          />
          <Text size="sm" c="dimmed">{room ? `Scanning in ${describe(room)}.` : 'Or scan the room label by the door.'}</Text>
        </Group>
      </Paper>

      <Stack gap="sm" mt="sm">
        <ScanAnswerBanner answers={answers} />
        <ScanActions
          answers={answers}
          dialogOpen={mark !== null || capture !== null || barcodeOf !== null}
          onBarcode={setBarcodeOf}
          onMark={(m, asset) => {
            setMarkOf(asset);
            setMark(m);
          }}
          onDescribe={(tag) => setCapture({ tag })}
        />
        {captured && (
          <Alert title={`Captured ${captured.tag}`} withCloseButton onClose={() => setCaptured(null)} closeButtonLabel="Close the capture">
            A supervisor approves it as a new asset. Add a photo if it helps.
            <AttachmentsSection owner={{ collection: 'asset-events', id: captured.id }} />
          </Alert>
        )}
        <form onSubmit={submitTyped} aria-label="Type a tag">
          <Group align="end" gap="xs">
            <TextInput label="Tag" value={typed} onChange={(e) => setTyped(e.currentTarget.value)} spellCheck={false} autoComplete="off" w={260} />
            <Button type="submit" variant="default">Check tag</Button>
            <Button variant="subtle" onClick={() => setCamera((c) => !c)}>{camera ? 'Stop the camera' : 'Use the camera'}</Button>
          </Group>
        </form>
        {camera && <CameraScanner onScan={onCamera} trusted={trusted} />}
        {rec && <SweepProgress rec={rec} currentRoom={room} />}
        {rec && (
          <Paper withBorder p="sm" component="section" aria-labelledby="remaining-heading">
            <Title order={2} size="h4" id="remaining-heading">Remaining ({shownRemaining.length})</Title>
            <Group gap="sm" mb="xs">
              <NativeSelect label="In room" value={roomFilter} onChange={(e) => setRoomFilter(e.currentTarget.value)} data={[{ value: allRooms, label: 'Every room' }, ...rec.rooms.map((r) => ({ value: `${r.building}/${r.room}`, label: `${r.building}, ${r.room}` }))]} />
              <NativeSelect label="Kind" value={kindFilter} onChange={(e) => setKindFilter(e.currentTarget.value)} data={[{ value: '', label: 'Every kind' }, ...new Set(remainingAssets.map((a) => a.kind))]} />
            </Group>
            <AssetList assets={shownRemaining} label="Remaining assets" empty="Nothing remaining here." />
          </Paper>
        )}
        {rec && <RoomTable rec={rec} />}
      </Stack>

      {mark && scannedAsset && <MarkAssetDialog mark={mark} asset={scannedAsset} onSave={(r, c) => void saveMark(r, c)} onClose={() => setMark(null)} />}
      {barcodeOf && <MakerBarcodeDialog asset={barcodeOf} onClose={() => setBarcodeOf(null)} />}
      {capture && room && <UnknownCaptureDialog tag={capture.tag} where={describe(room)} onSave={(d) => void saveCapture(d)} onLater={(note) => void captureLater(note)} />}
      {finishing && <FinishSweepDialog remaining={remainingAssets} onMissing={() => void finish(true)} onLeaveOpen={() => void finish(false)} onClose={() => setFinishing(false)} />}
      {leaving && (
        <LeaveSiteDialog unsynced={unsynced} onLeave={leave} onClose={() => setLeaving(false)} />
      )}
    </div>
  );
}

