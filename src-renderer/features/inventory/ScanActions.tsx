import { useEffect, useRef } from 'react';
import { Button, Group, Text } from '@mantine/core';
import type { Asset } from '@shared/schema/asset.schema';
import { isTextBox } from '../scanning/use-wedge-scanner';
import { useAnswer, type AnswerStore } from './answer-store';
import type { Mark } from './MarkAssetDialog';

const assetAnswers = new Set(['verified', 'moved', 'already', 'not-in-service']);
/** Longer than a wedge scanner's gap between keys (the wedge rules allow 100 ms at most). */
const aloneMs = 150;

/**
 * What can be done with the latest scan: mark the scanned asset surplus (S) or note damage (D),
 * one key each outside a text box; describe an unknown tag.
 */
export function ScanActions({ answers, dialogOpen, onMark, onDescribe }: { answers: AnswerStore; dialogOpen: boolean; onMark: (m: Mark, asset: Asset) => void; onDescribe: (tag: string) => void }) {
  const answer = useAnswer(answers);
  const asset = answer?.asset && assetAnswers.has(answer.answer) ? answer.asset : null;
  // A scanner's keys come a few milliseconds apart: an S or D counts once no other key follows
  // it within `aloneMs`, so the S of a scanned "RM-SHF-..." never opens the surplus form.
  const mark = useRef(onMark);
  mark.current = onMark;
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const onKey = (e: KeyboardEvent) => {
      clearTimeout(pending);
      if (!asset || dialogOpen || isTextBox(e.target) || e.ctrlKey || e.altKey || e.metaKey) return;
      const kind: Mark | null = e.key === 's' || e.key === 'S' ? 'surplus' : e.key === 'd' || e.key === 'D' ? 'damaged' : null;
      if (kind) pending = setTimeout(() => mark.current(kind, asset), aloneMs);
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
