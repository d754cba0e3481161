/// <reference lib="dom" />
import { h, uid } from '../dom';
import { t } from '../i18n';
import { storedToken } from '../session';

/**
 * The BullMQ dashboard of this service (`/admin/queues`). It takes the admin token once as `?token=`,
 * keeps it in an HttpOnly cookie and redirects to the same address without it; a GET form sends the
 * token only when the admin asks, so it is never part of a link in the page.
 */
export function queueDashboardLink(): HTMLElement {
  const helpId = uid('queues-help');
  const token = h('input', { type: 'hidden', name: 'token' });
  const form = h(
    'form',
    { method: 'get', action: '/admin/queues', target: '_blank', rel: 'noopener' },
    token,
    h('button', { type: 'submit', class: 'secondary', 'aria-describedby': helpId }, t('queueDashboard')),
  );
  form.addEventListener('submit', () => {
    token.value = storedToken() ?? '';
  });
  return h(
    'section',
    { class: 'card operations' },
    h('h2', {}, t('operationsTitle')),
    form,
    h('p', { id: helpId, class: 'hint' }, t('queueDashboardHelp')),
  );
}
