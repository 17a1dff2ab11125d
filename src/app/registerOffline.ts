// The service worker (offline use after the first visit) registers once the first chart has drawn and settled: its
// precaching downloads every chunk, which must not compete with the first load.
import { registerSW } from 'virtual:pwa-register';
import { afterFirstChart } from '../charts/chartFrames.ts';

export const registerOfflineAfterFirstChart = (): void => {
  if (!('serviceWorker' in navigator)) return;
  void afterFirstChart().then(() => registerSW({ immediate: true }));
};
