/// <reference lib="dom" />
// One bundle, two pages: /admin for admins, /challenges/{id} for the challenge's need owner.
import { adminPage } from './admin/admin-page';
import { t } from './i18n';
import { ownerPage } from './owner/owner-page';
import { takeTokenFromUrl } from './session';
import { mountShell, type Page } from './shell';

function pageFor(path: string): Page | undefined {
  if (path === '/admin' || path === '/admin/') return adminPage();
  const challenge = /^\/challenges\/([A-Za-z0-9_.:-]+)\/?$/.exec(path)?.[1];
  if (challenge) return ownerPage(decodeURIComponent(challenge));
  return undefined;
}

takeTokenFromUrl();
const root = document.getElementById('app');
const page = pageFor(location.pathname);
if (root && page) mountShell(root, page);
else if (root) root.textContent = t('notFound');
