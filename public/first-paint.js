// Runs in <head> before the page is first painted (a file: the CSP allows no inline script). Applies the colour
// scheme the app will use (saved, else the system's), so the prerendered page and chart appear in it; and, when the
// URL or saved reports ask for something other than the page prerendered at build time (the default view, in
// Chinese, of the published data), hides the prerendered page and tells the app not to hydrate that markup.
(() => {
  const root = document.documentElement;
  let saved = null;
  let userData;
  try {
    saved = localStorage.getItem('color-scheme');
    userData = localStorage.getItem('fazhi-user-data-v1');
  } catch {
    // storage disabled: the system's scheme; the app then shows a notice the prerendered page does not have
    userData = 'unavailable';
  }
  const dark = saved ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  root.dataset.scheme = dark ? 'dark' : 'light';
  if (location.search !== '' || location.hash !== '' || userData !== null) root.classList.add('prerender-stale');
})();
