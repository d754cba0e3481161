/// <reference lib="dom" />
import { type Api, createApi } from './api';
import { fill, h, uid } from './dom';
import { type Language, language, setLanguage, t } from './i18n';
import type { MessageKey } from './messages';
import {
  forgetToken,
  inspectToken,
  isExpired,
  readClaims,
  storedToken,
  storeToken,
  type TokenClaims,
} from './session';

export interface Page {
  title: () => string;
  /** Roles that may use the page; anything else sees a clear message instead of failing calls. */
  roles: readonly string[];
  render(main: HTMLElement, api: Api, claims: TokenClaims): void;
}

// Why the user was signed out, and the text in the token field: kept across re-renders such as a
// language switch, so a refused token can be looked at and corrected rather than pasted again.
let signInNotice: MessageKey | undefined;
let tokenText = '';

const roleNames: Partial<Record<string, MessageKey>> = {
  admin: 'role_admin',
  need_owner: 'role_need_owner',
  innovator: 'role_innovator',
};
const roleName = (role: string) => {
  const key = roleNames[role];
  return key ? t(key) : role;
};

/** Shows a page's title in the heading and the window title (again, once a page has loaded what it names). */
export function showTitle(page: Page): void {
  document.title = `${page.title()} - ${t('appTitle')}`;
  const heading = document.querySelector('header.top h1');
  if (heading) heading.textContent = page.title();
}

/** The frame every page shares: skip link, title, language switch, sign in and out. */
export function mountShell(root: HTMLElement, page: Page): void {
  const rerender = () => mountShell(root, page);
  document.documentElement.lang = language();
  document.title = `${page.title()} - ${t('appTitle')}`;

  const token = storedToken();
  const claims = token ? readClaims(token) : undefined;
  const signedIn = token && claims && !isExpired(claims) ? { token, claims } : undefined;

  const languageId = uid('language');
  const languageSelect = h(
    'select',
    { id: languageId, on: { change: () => switchLanguage(languageSelect.value) } },
    h('option', { value: 'sv', selected: language() === 'sv' }, 'Svenska'),
    h('option', { value: 'en', selected: language() === 'en' }, 'English'),
  );
  const switchLanguage = (value: string) => {
    setLanguage(value as Language);
    rerender();
    document.getElementById(languageId)?.focus();
  };

  const signOut = () => {
    signInNotice = undefined;
    forgetToken();
    rerender();
  };
  const header = h(
    'header',
    { class: 'top' },
    h('h1', {}, page.title()),
    h(
      'div',
      { class: 'top-tools' },
      h('label', { for: languageId }, t('language')),
      languageSelect,
      signedIn && h('span', { class: 'who' }, t('signedInAs', { role: roleName(signedIn.claims.role) })),
      signedIn && h('button', { type: 'button', on: { click: signOut } }, t('signOut')),
    ),
  );
  const main = h('main', { id: 'content', tabindex: -1 });
  fill(root, h('a', { class: 'skip', href: '#content' }, t('skipToContent')), header, main);

  if (!signedIn) {
    if (token) {
      // A stored token that cannot be used: say why, and put an unreadable one back in the field to be
      // looked at (an expired one is of no use).
      const stored = inspectToken(token);
      signInNotice = 'problem' in stored ? stored.problem : 'tokenExpired';
      if (signInNotice !== 'tokenExpired') tokenText = token;
      forgetToken();
    }
    main.append(
      signInForm(signInNotice, () => {
        signInNotice = undefined;
        rerender();
      }),
    );
    return;
  }
  if (!page.roles.includes(signedIn.claims.role)) {
    main.append(
      h('p', { class: 'error', role: 'alert' }, t('wrongRole', { role: roleName(signedIn.claims.role) })),
    );
    return;
  }
  // A 401 mid-session: the token expired meanwhile, or the service never accepted it (bad signature).
  const sessionEnded = () => {
    if (storedToken() !== signedIn.token) return; // an earlier call already signed out
    signInNotice = isExpired(signedIn.claims) ? 'tokenExpired' : 'tokenRejected';
    if (signInNotice === 'tokenRejected') tokenText = signedIn.token;
    forgetToken();
    rerender();
  };
  page.render(main, createApi(signedIn.token, sessionEnded), signedIn.claims);
}

function signInForm(problem: MessageKey | undefined, done: () => void): HTMLElement {
  const inputId = uid('token');
  const helpId = uid('token-help');
  const input = h('textarea', {
    id: inputId,
    name: 'token',
    rows: 3,
    required: true,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': helpId,
  });
  input.value = tokenText;
  input.addEventListener('input', () => {
    tokenText = input.value;
  });
  const message = h('p', { class: 'error', role: 'alert' }, problem ? t(problem) : '');
  const form = h(
    'form',
    {
      class: 'card sign-in',
      on: {
        submit: (event) => {
          event.preventDefault();
          const value = input.value.trim();
          const inspected = inspectToken(value);
          // The text stays in the field, so a wrong paste can be seen and fixed.
          const problem =
            'problem' in inspected ? inspected.problem : isExpired(inspected.claims) && 'tokenExpired';
          if (problem) {
            signInNotice = problem;
            message.textContent = t(problem);
            input.focus();
            return;
          }
          tokenText = '';
          storeToken(value);
          done();
        },
      },
    },
    h('h2', {}, t('signInTitle')),
    h('label', { for: inputId }, t('token')),
    input,
    h('p', { id: helpId, class: 'hint' }, t('signInHelp')),
    message,
    h('button', { type: 'submit' }, t('signIn')),
  );
  queueMicrotask(() => input.focus());
  return form;
}
