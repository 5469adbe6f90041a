import { useState } from 'react';
import { plainError, type FailureWords } from '../../ui/plain-error';

/** One keep action at a time: busy while it runs, and its failure in the screen's own words. */
export function useKeeping(words: FailureWords) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (keep: () => Promise<void>) => {
    setBusy(true);
    try {
      await keep();
    } catch (error) {
      setProblem(plainError(error, words));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, setProblem, run };
}
