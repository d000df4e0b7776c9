// @ts-check
(() => {
  const key = 'quotewire-theme';
  const root = document.documentElement;
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  try {
    const saved = localStorage.getItem(key);
    if (saved === 'dark' || saved === 'light') root.dataset['theme'] = saved;
  } catch {
    // Storage blocked: follow the system.
  }
  root.dataset['js'] = '';
  const isDark = () => (root.dataset['theme'] ?? (systemDark.matches ? 'dark' : 'light')) === 'dark';
  const showState = () => {
    for (const button of document.querySelectorAll('[data-theme-toggle]')) {
      button.setAttribute('aria-pressed', String(isDark()));
    }
  };
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
    root.dataset['theme'] = isDark() ? 'light' : 'dark';
    try {
      localStorage.setItem(key, root.dataset['theme']);
    } catch {
      // Not saved: the choice holds for this page only.
    }
    showState();
  });
  document.addEventListener('DOMContentLoaded', showState);
  systemDark.addEventListener('change', showState);
})();
