/// <reference lib="dom" />
// The need-owner page (/challenges/{id}), a bundle of its own: opened from an email, often on a
// phone, it should not download the admin console and its chart library. owner-boot.js, loaded
// before it, has already sent the page's requests.
import { t } from './i18n';
import { ownerPage } from './owner/owner-page';
import { challengeIdFromPath } from './owner/owner-paths';
import { takeTokenFromUrl } from './session';
import { mountShell } from './shell';

takeTokenFromUrl(); // already done by owner-boot.js, unless that script did not load
const root = document.getElementById('app');
const challengeId = challengeIdFromPath(location.pathname);
if (root && challengeId) mountShell(root, ownerPage(challengeId));
else if (root) root.textContent = t('notFound');
