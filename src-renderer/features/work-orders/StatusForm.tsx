import { useState, type FormEvent } from 'react';
import type { RxDocument } from 'rxdb';
import { useRxDatabase } from 'rxdb/plugins/react';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { holdReasonLabels, holdReasons, nextStatuses, statusLabels, type HoldReason, type WorkOrderStatus } from '@shared/domain/work-order-status';
import { useSession } from '../../host/api-context';
import type { FieldDeskDatabase } from '../../db/database';
import { changeStatus } from './work-order-actions';

/** Moves the work order to one of the statuses its lifecycle allows next. */
export function StatusForm({ doc }: { doc: RxDocument<WorkOrder> }) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const { user } = useSession();
  const options = nextStatuses(doc.status);
  const [to, setTo] = useState<WorkOrderStatus | ''>('');
  const [holdReason, setHoldReason] = useState<HoldReason>('waiting-for-parts');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (options.length === 0) return <p className="muted">This work order is {statusLabels[doc.status].toLowerCase()}.</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!to) return;
    try {
      await changeStatus(db, doc, user, { to, holdReason, resolutionSummary: summary });
      setTo('');
      setSummary('');
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form className="status-form" onSubmit={(e) => void submit(e)}>
      <label>
        Change status
        <select value={to} onChange={(e) => setTo(e.target.value as WorkOrderStatus)} aria-label="New status">
          <option value="">Choose…</option>
          {options.map((s) => (
            <option key={s} value={s}>{statusLabels[s]}</option>
          ))}
        </select>
      </label>
      {to === 'on-hold' && (
        <label>
          Reason
          <select value={holdReason} onChange={(e) => setHoldReason(e.target.value as HoldReason)} aria-label="Hold reason">
            {holdReasons.map((r) => (
              <option key={r} value={r}>{holdReasonLabels[r]}</option>
            ))}
          </select>
        </label>
      )}
      {to === 'resolved' && (
        <label>
          Resolution
          <textarea value={summary} onChange={(e) => setSummary(e.target.value)} aria-label="Resolution summary" required />
        </label>
      )}
      <button type="submit" disabled={!to}>Save status</button>
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}
