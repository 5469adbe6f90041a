import { useState } from 'react';
import { flushSync } from 'react-dom';
import type { PaperSize } from '@shared/api/report.contract';
import { useApi } from '../../host/api-context';
import { playFeedback } from '../feedback/play-sound';
import { defaultPaper } from './paper';
import { reportFileName } from './save-file';

/** A report's paper, print time and Print / Save PDF action, as the open-work-orders report does it. */
export function useSavePdf(title: string) {
  const api = useApi();
  const [paper, setPaper] = useState<PaperSize>(() => defaultPaper(navigator.language));
  const [printedAt, setPrintedAt] = useState(() => new Date());
  const [notice, setNotice] = useState<string | null>(null);
  const savePdf = async () => {
    const now = new Date();
    // The printout names the moment it was made, so the page shows it before it is printed.
    flushSync(() => setPrintedAt(now));
    setNotice(null);
    try {
      const result = await api['report:save-pdf']({ fileName: `${reportFileName(title, now)}.pdf`, paper });
      if (result.outcome === 'saved') {
        setNotice(`Saved the report as ${result.path}.`);
        playFeedback('success');
      }
    } catch {
      setNotice('The PDF could not be saved. Try again, or choose another folder.');
      playFeedback('error');
    }
  };
  return { paper, setPaper, printedAt, notice, setNotice, savePdf };
}
