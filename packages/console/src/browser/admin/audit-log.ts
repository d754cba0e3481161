/// <reference lib="dom" />
import { configAuditEntrySchema } from '@suite/contracts';
import { z } from 'zod';
import { type Api, errorText } from '../api';
import { fill, h, scrollBox } from '../dom';
import { formatTime, t } from '../i18n';
import { changeText } from './audit-diff';

const auditSchema = z.object({ items: z.array(configAuditEntrySchema) });
type AuditEntry = z.output<typeof configAuditEntrySchema>;

const row = (entry: AuditEntry) =>
  h(
    'tr',
    {},
    h('td', {}, entry.version),
    h('td', {}, formatTime(entry.at)),
    h('td', {}, entry.by),
    h('td', {}, entry.reason),
    h('td', {}, h('ul', { class: 'diff' }, ...entry.diff.map((c) => h('li', {}, changeText(c))))),
  );

export function auditLog(api: Api) {
  const body = h('div', { 'aria-live': 'polite' }, t('loading'));
  const load = async () => {
    try {
      const audit = await api.get('/v1/admin/audit', auditSchema);
      if (audit.items.length === 0) return fill(body, h('p', {}, t('auditEmpty')));
      fill(
        body,
        scrollBox(
          t('auditTitle'),
          h(
            'table',
            { class: 'audit' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...(['version', 'when', 'who', 'reason', 'change'] as const).map((k) =>
                  h('th', { scope: 'col' }, t(k)),
                ),
              ),
            ),
            h('tbody', {}, ...audit.items.map(row)),
          ),
        ),
      );
    } catch (err) {
      fill(body, h('p', { class: 'error' }, t('failed', { detail: errorText(err) })));
    }
  };
  const element = h(
    'section',
    { class: 'card audit-log' },
    h('h2', {}, t('auditTitle')),
    h('button', { type: 'button', class: 'secondary', on: { click: () => void load() } }, t('refresh')),
    body,
  );
  void load();
  return { element, reload: load };
}
