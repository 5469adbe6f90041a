import { useEffect, useRef } from 'react';
import { Button, Group, Text } from '@mantine/core';
import type { Asset } from '@shared/schema/asset.schema';
import { isTextBox } from '../scanning/use-wedge-scanner';
import { useAnswer, type AnswerStore } from './answer-store';
import type { Mark } from './MarkAssetDialog';

const assetAnswers = new Set(['verified', 'moved', 'already', 'not-in-service']);
/** Longer than a wedge scanner's gap between keys (the wedge rules allow 100 ms at most). */
const aloneMs = 150;

type Props = { answers: AnswerStore; dialogOpen: boolean; onMark: (m: Mark, asset: Asset) => void; onBarcode: (asset: Asset) => void; onDescribe: (tag: string) => void };

const keyActions: Record<string, Mark | 'barcode'> = { s: 'surplus', d: 'damaged', b: 'barcode' };

/**
 * What can be done with the latest scan: mark the scanned asset surplus (S), note damage (D) or
 * record its manufacturer barcode (B), one key each outside a text box; describe an unknown tag.
 */
export function ScanActions({ answers, dialogOpen, onMark, onBarcode, onDescribe }: Props) {
  const answer = useAnswer(answers);
  const asset = answer?.asset && assetAnswers.has(answer.answer) ? answer.asset : null;
  // A scanner's keys come a few milliseconds apart: an S, D or B counts once no other key follows
  // it within `aloneMs`, so the S of a scanned "RM-SHF-..." never opens the surplus form.
  const act = useRef({ onMark, onBarcode });
  act.current = { onMark, onBarcode };
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const onKey = (e: KeyboardEvent) => {
      clearTimeout(pending);
      if (!asset || dialogOpen || isTextBox(e.target) || e.ctrlKey || e.altKey || e.metaKey) return;
      const action = keyActions[e.key.toLowerCase()];
      if (action) pending = setTimeout(() => (action === 'barcode' ? act.current.onBarcode(asset) : act.current.onMark(action, asset)), aloneMs);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(pending);
      document.removeEventListener('keydown', onKey);
    };
  }, [asset, dialogOpen]);
  if (asset) {
    return (
      <Group gap="xs">
        <Button variant="default" onClick={() => onMark('surplus', asset)}>Mark surplus (S)</Button>
        <Button variant="default" onClick={() => onMark('damaged', asset)}>Note damage (D)</Button>
        <Button variant="default" onClick={() => onBarcode(asset)}>Record its manufacturer barcode (B)</Button>
      </Group>
    );
  }
  if (answer?.answer === 'unknown') {
    return (
      <Group gap="xs">
        <Button onClick={() => onDescribe(answer.tag)}>Describe the unknown tag</Button>
        <Text size="sm" c="dimmed">Or keep scanning: it waits in the unknown-tag queue.</Text>
      </Group>
    );
  }
  return null;
}
