import { useCallback, useState } from 'react';
import { browserStorage, loadUserData, saveUserData, type StoreProblem } from './userDataStore.ts';
import type { UserData } from './userData.ts';

/** The user's added reports, loaded once from storage and written back on every change. */
export const useUserData = () => {
  const [state, setState] = useState(() => loadUserData(browserStorage()));
  const [saveProblem, setSaveProblem] = useState<StoreProblem | null>(null);
  const update = useCallback((next: UserData) => {
    const saved = saveUserData(browserStorage(), next);
    setSaveProblem(saved.ok ? null : saved.problem);
    // Even unsaved, the change applies to this page; the notice says it will not survive a reload.
    setState({ data: next });
  }, []);
  return { data: state.data, loadProblem: state.problem ?? null, saveProblem, update };
};
