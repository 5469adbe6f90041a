import { useState } from 'react';
import type { RxDocument } from 'rxdb';
import { useRxCollection, useRxDocument } from 'rxdb/plugins/react';
import { Alert, Button, Group, Modal } from '@mantine/core';
import type { Asset } from '@shared/schema/asset.schema';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { useSession } from '../../host/api-context';
import { plainError, type FailureWords } from '../../ui/plain-error';
import { AssetPicker } from './AssetPicker';

const failureWords: FailureWords = {
  storageFull: "This device's storage is full, so the asset was not changed: free some space, then change it again.",
  otherwise: 'The asset could not be changed on this device: change it again, and reload the app if it keeps failing.',
};

/**
 * Names the asset a work order is about, or another one, from its page: on site the technician
 * finds which device it really is. Picked in the room, or by its tag typed, scanned or read by the camera.
 */
export function ChangeAssetDialog({ doc }: { doc: RxDocument<WorkOrder> }) {
  const { user } = useSession();
  const assets = useRxCollection<Asset>('assets');
  const { result: held } = useRxDocument<Asset>(assets, doc.assetId);
  const current = held ? (held.toJSON() as Asset) : null;
  const [open, setOpen] = useState(false);
  const [asset, setAsset] = useState<Asset | null>(current);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      const updatedAt = new Date().toISOString();
      await doc.incrementalModify((data) => {
        if (asset) data.assetId = asset.id;
        else delete data.assetId;
        return { ...data, updatedAt, updatedBy: user.id };
      });
      setOpen(false);
      setError(null);
    } catch (e) {
      setError(plainError(e, failureWords));
    }
  };
  return (
    <>
      <Button variant="subtle" size="compact-sm" onClick={() => { setAsset(current); setOpen(true); }}>
        {doc.assetId ? 'Change the asset' : 'Name the asset'}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Which asset is it?" size="lg">
        {open && <AssetPicker place={{ siteId: doc.siteId, building: doc.building, room: doc.room }} asset={asset} onChange={setAsset} />}
        {error && <Alert role="alert" color="red" mt="sm">{error}</Alert>}
        <Group mt="md">
          <Button onClick={() => void save()} disabled={(asset?.id ?? '') === (doc.assetId ?? '')}>Save the asset</Button>
          <Button variant="default" onClick={() => setOpen(false)}>Cancel</Button>
        </Group>
      </Modal>
    </>
  );
}
