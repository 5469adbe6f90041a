import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useRxDatabase } from 'rxdb/plugins/react';
import type { Asset } from '@shared/schema/asset.schema';
import { normaliseTag } from '@shared/domain/asset-tag';
import type { FieldDeskDatabase } from '../../db/database';
import { useSession } from '../../host/api-context';
import { findOnDevice } from '../assets/find-on-device';

const mostBarcodes = 10;

/**
 * Records a barcode the maker printed on the asset just scanned (a UPC, a service tag), so that
 * scanning it finds the asset next time. The box has the focus: the scanner types into it and its
 * Enter saves. A barcode that already names another asset on this device is refused, in words.
 */
export function MakerBarcodeDialog({ asset, onClose }: { asset: Asset; onClose: () => void }) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const session = useSession();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const barcode = text.trim();
    if (normaliseTag(barcode) === '') return setProblem('Scan or type the barcode first.');
    const doc = await db.assets.findOne(asset.id).exec();
    const held = doc?.manufacturerBarcodes ?? [];
    if (held.some((b) => normaliseTag(b) === normaliseTag(barcode))) return onClose();
    if (held.length >= mostBarcodes) return setProblem(`This asset has ${mostBarcodes} barcodes recorded already.`);
    const other = await findOnDevice(db, barcode);
    if (other.found === 'asset' && other.asset.id !== asset.id) return setProblem(`That barcode already finds asset ${other.asset.tag}. Check the label.`);
    const at = new Date().toISOString();
    await doc?.incrementalPatch({ manufacturerBarcodes: [...held, barcode], updatedAt: at, updatedBy: session.user.id });
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={`Manufacturer barcode of ${asset.tag}`}>
      <form onSubmit={(e) => void save(e)} aria-label="Record a manufacturer barcode">
        <Stack gap="sm">
          <Text size="sm">Scan the maker's barcode on the device or its label; scanning it will find this asset too.</Text>
          <TextInput label="Manufacturer barcode" value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={60} spellCheck={false} autoComplete="off" data-autofocus error={problem} />
          <Group justify="end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit">Record the barcode</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
