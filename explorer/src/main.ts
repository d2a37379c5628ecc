// The explorer page: header forms (search, ask) and hash routing to the views.
import { errorBox } from './components';
import { isIsoDate, todayIso } from './dates';
import { h, render } from './dom';
import { locale, setLocale, storedLocale, t } from './i18n';
import { askHref, parseRoute, searchHref, type Route } from './routes';
import type { ViewContext } from './view';
import { agencyView } from './views/agency';
import { askView } from './views/ask';
import { directiveView } from './views/directive';
import { graphView } from './views/graph';
import { homeView } from './views/home';
import { meetingView } from './views/meeting';
import { officialView } from './views/official';
import { searchView } from './views/search';

function runView(route: Route, ctx: ViewContext): Promise<void> {
  switch (route.view) {
    case 'home':
      return homeView(ctx);
    case 'search':
      return searchView(ctx, route.q);
    case 'ask':
      return askView(ctx, route.q);
    case 'graph':
      return graphView(ctx, route.kind, route.id);
    case 'entity':
      switch (route.kind) {
        case 'agency':
          return agencyView(ctx, route.id);
        case 'meeting':
          return meetingView(ctx, route.id);
        case 'official':
          return officialView(ctx, route.id);
        case 'directive':
          return directiveView(ctx, route.id);
      }
      break;
    case 'not-found':
      render(ctx.main, h('h1', {}, t('Not found')), h('p', {}, `${t('Nothing lives at {hash}.', { hash: route.hash })} `, h('a', { href: '#/' }, t('Start page'))));
      return Promise.resolve();
  }
  return Promise.resolve();
}

function wireForm(formId: string, inputId: string, href: (q: string) => string): void {
  const form = document.getElementById(formId) as HTMLFormElement | null;
  const input = document.getElementById(inputId) as HTMLInputElement | null;
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input?.value.trim() ?? '';
    if (q !== '') location.hash = href(q);
  });
}

/** The header of index.html in the page's language (its English is in data-i18n attributes). */
function translateStaticText(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
  for (const el of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder!);
  const other = document.getElementById('locale-switch');
  if (other) {
    const next = locale() === 'vi' ? 'en' : 'vi';
    other.textContent = next === 'vi' ? 'Tiếng Việt' : 'English';
    other.lang = next;
    other.setAttribute('aria-label', next === 'vi' ? 'Tiếng Việt: hiện trang bằng tiếng Việt' : 'English: show the page in English');
  }
}

function boot(): void {
  const main = document.getElementById('main') as HTMLElement;
  const today = todayIso(new Date());
  let generation = 0;
  let cleanups: (() => void)[] = [];
  // The "as of" day sticks while the reader moves between pages, until they pick another.
  let asOf = today;

  const show = () => {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
    const mine = ++generation;
    const route = parseRoute(location.hash);
    const routeAsOf = 'asOf' in route ? route.asOf : null;
    if (isIsoDate(routeAsOf)) asOf = routeAsOf;
    // Each box shows the question of the page it answers, and is empty on any other page.
    for (const [view, id] of [['search', 'search-input'], ['ask', 'ask-input']] as const) {
      const input = document.getElementById(id) as HTMLInputElement | null;
      const wanted = route.view === view ? route.q : '';
      if (input && input.value !== wanted) input.value = wanted;
    }
    const ctx: ViewContext = {
      main,
      asOf,
      isCurrent: () => mine === generation,
      setTitle: (title) => {
        if (mine === generation) document.title = `${title} · minutes-graph`;
      },
      onLeave: (cleanup) => cleanups.push(cleanup),
    };
    runView(route, ctx)
      .catch((err) => {
        if (ctx.isCurrent()) render(main, errorBox(err));
      })
      .finally(() => {
        if (ctx.isCurrent()) main.dataset.ready = location.hash || '#/';
      });
    delete main.dataset.ready;
    // Move focus to the new content so keyboard and screen-reader users start there.
    if (mine > 1) main.focus({ preventScroll: false });
  };

  // The skip link must not change the hash (that would be a route): it only moves focus.
  document.getElementById('skip-link')?.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });
  setLocale(storedLocale());
  translateStaticText();
  document.getElementById('locale-switch')?.addEventListener('click', () => {
    setLocale(locale() === 'vi' ? 'en' : 'vi');
    translateStaticText();
    show();
  });
  wireForm('search-form', 'search-input', searchHref);
  wireForm('ask-form', 'ask-input', askHref);
  window.addEventListener('hashchange', show);
  show();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
