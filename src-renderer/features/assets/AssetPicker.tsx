import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { Camera, X } from 'lucide-react';
import type { Asset } from '@shared/schema/asset.schema';
import { normaliseTag } from '@shared/domain/asset-tag';
import { tagFormatsInForce } from '@shared/domain/tag-classification';
import { trustsRead } from '@shared/domain/camera-reads';
import { buildIdentifierIndex, identify } from '@shared/domain/tag-lookup';
import { useReferenceVersions } from '../reference/use-reference';
import { CameraScanner } from '../scanning/CameraScanner';
import { useWedgeScanner } from '../scanning/use-wedge-scanner';
import { assetLine, notFoundWords, useAssetLookup } from './use-asset-lookup';

type Props = {
  place: { siteId: string; building: string; room: string };
  asset: Asset | null;
  onChange(asset: Asset | null): void;
};

/**
 * The asset a request is about: picked from those registered in the room, or found by its tag:
 * typed (Enter finds it, never sends the form), scanned with a wedge scanner anywhere on the page,
 * or read by the laptop camera.
 */
export function AssetPicker({ place, asset, onChange }: Props) {
  const lookUp = useAssetLookup();
  const [tag, setTag] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [camera, setCamera] = useState(false);
  const { versions } = useReferenceVersions('tag-format');
  const formats = useMemo(() => tagFormatsInForce(versions), [versions]);
  const roomQuery = useMemo(() => ({ selector: { siteId: place.siteId || '-', building: place.building, room: place.room } }), [place.siteId, place.building, place.room]);
  const { results } = useLiveRxQuery<Asset>({ collection: 'assets', query: roomQuery });
  const inRoom = useMemo(() => results.map((d) => d.toJSON() as Asset), [results]);

  const find = useCallback(
    async (raw: string) => {
      const key = normaliseTag(raw);
      if (!key) return;
      const found = await lookUp(raw);
      const missing = notFoundWords(found);
      setNotice(missing && `${missing} Check the label, or leave the asset out.`);
      if (found.found === 'asset') {
        onChange(found.asset);
        setTag('');
      }
    },
    [lookUp, onChange],
  );
  useWedgeScanner(useCallback((text: string) => void find(text), [find]));
  const inRoomIndex = useMemo(() => buildIdentifierIndex(inRoom), [inRoom]);
  const trusted = useMemo(() => trustsRead(formats, (text) => identify(text, inRoomIndex).found !== 'nothing'), [formats, inRoomIndex]);
  const onCamera = useCallback(
    (text: string) => {
      setCamera(false);
      void find(text);
    },
    [find],
  );
  const onTagKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // A scanner ends its tag with Enter: it finds the asset, it does not send the half-filled form.
    event.preventDefault();
    void find(tag);
  };

  return (
    <Stack gap="xs">
      {asset ? (
        <Group gap="xs" data-testid="chosen-asset">
          <Text>Asset: {assetLine(asset)}</Text>
          <Button variant="subtle" size="compact-sm" leftSection={<X size={14} aria-hidden />} onClick={() => onChange(null)}>
            Remove the asset
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">Optional: pick it, or scan its tag anywhere on this page.</Text>
      )}
      <Group align="end" gap="xs" wrap="wrap">
        <NativeSelect
          label="Registered asset"
          disabled={!place.room || inRoom.length === 0}
          value={asset && inRoom.some((a) => a.id === asset.id) ? asset.id : ''}
          onChange={(e) => onChange(inRoom.find((a) => a.id === e.currentTarget.value) ?? null)}
          data={[{ value: '', label: place.room ? (inRoom.length ? 'Choose an asset' : 'None registered in this room') : 'Choose the room first' }, ...inRoom.map((a) => ({ value: a.id, label: assetLine(a) }))]}
        />
        <TextInput label="Asset tag" value={tag} onChange={(e) => setTag(e.currentTarget.value)} onKeyDown={onTagKey} spellCheck={false} autoComplete="off" maxLength={200} />
        <Button variant="default" onClick={() => void find(tag)}>Find the tag</Button>
        <Button variant="default" leftSection={<Camera size={16} aria-hidden />} onClick={() => setCamera(true)}>
          Scan with the camera
        </Button>
      </Group>
      {notice && (
        <Text size="sm" role="status">
          {notice}
        </Text>
      )}
      <Modal opened={camera} onClose={() => setCamera(false)} title="Scan the asset tag" size="lg">
        {camera && <CameraScanner onScan={onCamera} trusted={trusted} />}
      </Modal>
    </Stack>
  );
}
