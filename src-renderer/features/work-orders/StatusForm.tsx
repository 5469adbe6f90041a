import { useId, useState, type FormEvent } from 'react';
import type { RxDocument } from 'rxdb';
import { useRxDatabase } from 'rxdb/plugins/react';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { holdReasonLabels, holdReasons, statusLabels, type HoldReason, type WorkOrderStatus } from '@shared/domain/work-order-status';
import { useSession } from '../../host/api-context';
import type { FieldDeskDatabase } from '../../db/database';
import { plainError, type FailureWords } from '../../ui/plain-error';
import { changeStatus } from './work-order-actions';
import { asksForAssignee, asksForResolution, lackWords, offeredSteps, stepLacks } from './status-choices';

const failureWords: FailureWords = {
  storageFull: 'This device\'s storage is full, so the status was not changed: free some space, then save it again.',
  otherwise: 'The status could not be changed on this device: save it again, and reload the app if it keeps failing.',
};

/** Moves the work order to one of the statuses this user may take it to next, asking for what that status needs. */
export function StatusForm({ doc }: { doc: RxDocument<WorkOrder> }) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const { user } = useSession();
  const options = offeredSteps(doc, user);
  const [to, setTo] = useState<WorkOrderStatus | ''>('');
  const [holdReason, setHoldReason] = useState<HoldReason>('waiting-for-parts');
  const [summary, setSummary] = useState('');
  const [assignToMe, setAssignToMe] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const needsId = useId();

  if (options.length === 0) {
    return <p className="muted" data-testid="status-form-none">{noStepWords(doc.status)}</p>;
  }
  // A step chosen before the work order changed under it (a sync, another tab) is no longer offered.
  const step = to && options.includes(to) ? to : '';
  const lacks = step ? stepLacks(doc, user, { to: step, assignToMe, resolutionSummary: summary }) : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!step || lacks) return;
    try {
      await changeStatus(db, doc, user, { to: step, holdReason, resolutionSummary: summary, assignToMe });
      setTo('');
      setSummary('');
      setAssignToMe(false);
      setError(null);
    } catch (e) {
      setError(plainError(e, failureWords));
    }
  };
  return (
    <form className="status-form" onSubmit={(e) => void submit(e)} aria-label="Change status">
      <label>
        Change status
        <select value={step} onChange={(e) => setTo(e.target.value as WorkOrderStatus)} aria-label="New status">
          <option value="">Choose…</option>
          {options.map((s) => (
            <option key={s} value={s}>{statusLabels[s]}</option>
          ))}
        </select>
      </label>
      {step === 'on-hold' && (
        <label>
          Reason
          <select value={holdReason} onChange={(e) => setHoldReason(e.target.value as HoldReason)} aria-label="Hold reason">
            {holdReasons.map((r) => (
              <option key={r} value={r}>{holdReasonLabels[r]}</option>
            ))}
          </select>
        </label>
      )}
      {step && asksForAssignee(doc, step) && (
        <label>
          <input type="checkbox" checked={assignToMe} onChange={(e) => setAssignToMe(e.target.checked)} /> Assign it to me
        </label>
      )}
      {step && asksForResolution(doc, step) && (
        <label>
          Resolution
          <textarea value={summary} onChange={(e) => setSummary(e.target.value)} aria-label="Resolution summary" maxLength={4000} />
        </label>
      )}
      <button type="submit" disabled={!step || lacks !== null} aria-describedby={lacks ? needsId : undefined}>Save status</button>
      {step && lacks && <p id={needsId} className="muted" data-testid="status-form-needs">{lackWords(lacks, step)}</p>}
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}

function noStepWords(status: WorkOrderStatus): string {
  if (status === 'closed' || status === 'cancelled') return `This work order is ${statusLabels[status].toLowerCase()}: it cannot be reopened.`;
  return `This work order is ${statusLabels[status].toLowerCase()}.`;
}
