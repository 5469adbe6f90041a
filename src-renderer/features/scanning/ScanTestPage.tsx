import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { normaliseTag } from '@shared/domain/asset-tag';
import { classifyTag, tagFormatsInForce, type TagClass } from '@shared/domain/tag-classification';
import { trustsRead } from '@shared/domain/camera-reads';
import { useReferenceVersions } from '../reference/use-reference';
import { CameraScanner } from './CameraScanner';
import { classWords, methodWords, type ScanMethod } from './scan-words';
import { useWedgeScanner } from './use-wedge-scanner';
import './scanning.css';

type Scan = { n: number; tag: string; method: ScanMethod; kind: TagClass };

/**
 * A screen to try the scanning hardware on: a keyboard-wedge scanner anywhere on the page, the
 * laptop camera, or a tag typed in the box. Each scan is listed with how it was read and what the
 * county's formats make of it. The sweep screen (issue 12) builds on the same parts.
 */
export function ScanTestPage() {
  const { versions } = useReferenceVersions('tag-format');
  const formats = useMemo(() => tagFormatsInForce(versions), [versions]);
  const [scans, setScans] = useState<Scan[]>([]);
  const [typed, setTyped] = useState('');
  const [framesDecoded, setFramesDecoded] = useState(0);

  const add = useCallback(
    (text: string, method: ScanMethod) => setScans((held) => [{ n: held.length + 1, tag: normaliseTag(text), method, kind: classifyTag(text, formats) }, ...held]),
    [formats],
  );
  useWedgeScanner(useCallback((text: string) => add(text, 'scanner'), [add]));
  const trusted = useMemo(() => trustsRead(formats), [formats]);
  const onCamera = useCallback((text: string) => add(text, 'camera'), [add]);
  const onFrame = useCallback(() => setFramesDecoded((n) => n + 1), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (normaliseTag(typed) === '') return;
    add(typed, 'typed');
    setTyped('');
  };

  return (
    <div className="scan-test">
      <Title order={1} size="h2" mb="sm">Scan test</Title>
      <Text mb="md">Scan a label with a barcode scanner anywhere on this page, show it to the camera, or type a tag in the box.</Text>
      <section aria-labelledby="scan-test-typed">
        <h2 id="scan-test-typed">Type a tag</h2>
        <form onSubmit={submit} aria-label="Type a tag">
          <Group align="end" gap="xs">
            <TextInput label="Tag" value={typed} onChange={(e) => setTyped(e.currentTarget.value)} spellCheck={false} autoComplete="off" w={260} />
            <Button type="submit" variant="default">Check tag</Button>
          </Group>
        </form>
      </section>
      <section aria-labelledby="scan-test-camera">
        <h2 id="scan-test-camera">Camera</h2>
        <CameraScanner onScan={onCamera} trusted={trusted} onFrameDecoded={onFrame} />
        {framesDecoded > 0 && <Text size="sm" c="dimmed" mt="xs">Camera frames read: {framesDecoded}</Text>}
      </section>
      <Paper component="section" aria-labelledby="scan-test-scans" p="md">
        <h2 id="scan-test-scans">Scans</h2>
        {scans.length === 0 ? (
          <Text c="dimmed">No scans yet.</Text>
        ) : (
          <Stack gap={0} component="ol" className="scan-list" aria-label="Scans">
            {scans.map((scan) => (
              <li key={scan.n}>
                <span className="scan-text">{scan.tag}</span>: {methodWords[scan.method]}, {classWords[scan.kind]}.
              </li>
            ))}
          </Stack>
        )}
      </Paper>
    </div>
  );
}
