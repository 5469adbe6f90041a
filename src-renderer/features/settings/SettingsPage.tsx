import type { ReactNode } from 'react';
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

/**
 * County settings from reference data, read from this device (offline too). Supervisors and admins
 * change the service levels and the tag format; everyone else reads them.
 */
export function SettingsPage() {
  const { user } = useSession();
  // The server decides (only supervisors and admins write reference data); this only offers the forms.
  const canEdit = user.role === 'supervisor' || user.role === 'admin';
  return (
    <div className="settings">
      <h1>County settings</h1>
      {!canEdit && <p className="muted">Only a supervisor can change these settings.</p>}
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
      <p className="muted">Work-order categories, checklist templates and ergonomic recommendations come from the central server&apos;s reference files.</p>
    </div>
  );
}

type SettingProps = { kind: ReferenceKind; title: string; children: (current: ReferenceDoc, versions: readonly ReferenceDoc[]) => ReactNode };

function Setting({ kind, title, children }: SettingProps) {
  const { items, versions, loading } = useReferenceInForce(kind);
  const current = items.get(countyKey);
  const id = `setting-${kind}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {current ? (
        <>
          <VersionLine doc={current} />
          {children(current, versions)}
        </>
      ) : (
        <p className="muted">{loading ? 'Loading…' : 'Not on this device yet: it arrives with the next sync.'}</p>
      )}
    </section>
  );
}

function TagFormatSummary({ format }: { format: TagFormat }) {
  return (
    <p>
      County asset tags follow the pattern <code>{format.pattern}</code>, such as {format.example}. {format.description}
    </p>
  );
}
