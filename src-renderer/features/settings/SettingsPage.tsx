import type { ReactNode } from 'react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReferenceDoc, ReferenceKind } from '@shared/schema/reference.schema';
import { countyKey } from '@shared/domain/reference';
import type { SlaPolicy } from '@shared/domain/sla-policy';
import type { TagFormat } from '@shared/domain/asset-tag';
import { useSession } from '../../host/api-context';
import { useReferenceInForce } from '../reference/use-reference';
import { SlaPolicyEditor } from './SlaPolicyEditor';
import { SlaPolicySummary } from './SlaPolicySummary';
import { TagFormatEditor } from './TagFormatEditor';
import { VersionLine } from './VersionLine';
import { WorkOrderSettingsEditor } from './WorkOrderSettingsEditor';

/**
 * County settings from reference data, read from this device (offline too). Supervisors and admins
 * change the service levels, the tag format and the client-update interval; everyone else reads them.
 */
export function SettingsPage() {
  const { user } = useSession();
  // The server decides (only supervisors and admins write reference data); this only offers the forms.
  const canEdit = user.role === 'supervisor' || user.role === 'admin';
  return (
    <Stack className="settings fd-native" gap="md" maw={960}>
      <div>
        <Title order={1}>Settings</Title>
        <Text c="dimmed">County settings, the same on every device.{canEdit && ' A change is saved here first and reaches the others through the central server.'}</Text>
        {!canEdit && <Text c="dimmed">Only a supervisor can change these settings.</Text>}
      </div>
      <Setting kind="sla-policy" title="Service levels">
        {(current, versions) =>
          canEdit ? <SlaPolicyEditor current={current} versions={versions} /> : <SlaPolicySummary policy={current.slaPolicy as SlaPolicy} />
        }
      </Setting>
      <Setting kind="tag-format" title="Asset tag format">
        {(current, versions) =>
          canEdit ? <TagFormatEditor current={current} versions={versions} /> : <TagFormatSummary format={current.tagFormat as TagFormat} />
        }
      </Setting>
      <Setting kind="work-order-settings" title="Client updates">
        {(current, versions) =>
          canEdit ? (
            <WorkOrderSettingsEditor current={current} versions={versions} />
          ) : (
            <p>Each open work order&apos;s client hears from the technician at least every {current.workOrderSettings?.clientUpdateEveryHours} hours.</p>
          )
        }
      </Setting>
      <Text c="dimmed" size="sm">Work-order categories, checklist templates and ergonomic recommendations come from the central server&apos;s reference files.</Text>
    </Stack>
  );
}

type SettingProps = { kind: ReferenceKind; title: string; children: (current: ReferenceDoc, versions: readonly ReferenceDoc[]) => ReactNode };

function Setting({ kind, title, children }: SettingProps) {
  const { items, versions, loading } = useReferenceInForce(kind);
  const current = items.get(countyKey);
  const id = `setting-${kind}`;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={id}>
      <Title order={2} id={id} mb="xs">{title}</Title>
      {current ? (
        <>
          <VersionLine doc={current} />
          {children(current, versions)}
        </>
      ) : (
        <Text c="dimmed">{loading ? 'Loading…' : 'Not on this device yet: it arrives with the next sync.'}</Text>
      )}
    </Paper>
  );
}

function TagFormatSummary({ format }: { format: TagFormat }) {
  return (
    <p>
      County asset tags follow the pattern <code>{format.pattern}</code>, such as {format.example}. {format.description}
    </p>
  );
}
