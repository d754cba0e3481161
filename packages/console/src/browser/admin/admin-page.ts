/// <reference lib="dom" />
import { type MatchingConfig, matchingConfigSchema } from '@suite/contracts';
import { type Api, errorText } from '../api';
import { fill, h } from '../dom';
import { formatTime, t } from '../i18n';
import type { Page } from '../shell';
import { auditLog } from './audit-log';
import { challengePicker, recentChallenges } from './challenge-picker';
import { configEditor, type Draft, draftOf } from './config-editor';
import { draftChanged } from './draft-changed';
import { insights } from './insights';
import { outcomesReport } from './outcomes-report';
import { previewPanel } from './preview-panel';
import { queueDashboardLink } from './queue-dashboard-link';
import { saveForm } from './save-form';
import { sdgPlayground } from './sdg-playground';

// Kept across re-renders (a language switch redraws the page but must not lose unsaved edits).
const state: { challengeId?: string; draft?: Draft; saved?: Draft; version?: number } = {
  challengeId: new URLSearchParams(location.search).get('challenge') ?? recentChallenges()[0],
};

function render(main: HTMLElement, api: Api): void {
  const preview = previewPanel(api);
  const charts = insights(api);
  const audit = auditLog(api);
  const editorSlot = h('div', { class: 'card' }, t('loading'));
  const versionLine = h('p', { class: 'hint' });
  const focusPicker = () => pickerSlot.querySelector<HTMLElement>('select, input')?.focus();

  const refreshPreview = () => {
    if (!state.draft) return;
    if (state.challengeId) preview.update(state.challengeId, state.draft);
    else preview.needsChallenge();
  };
  const changed = () =>
    state.draft !== undefined && state.saved !== undefined && draftChanged(state.draft, state.saved);
  const save = saveForm(api, {
    draft: () => state.draft,
    basedOn: () => state.version,
    changed,
    onSaved: (saved) => {
      showVersion(saved);
      // The draft becomes what the service stored (its normal form), so it reads as unchanged.
      showEditor(draftOf(saved));
      void audit.reload();
      if (state.challengeId) void charts.show(state.challengeId);
      refreshPreview();
    },
  });
  const onEdit = () => {
    refreshPreview();
    save.update();
    reset.disabled = !changed();
  };
  const showVersion = (config: MatchingConfig) => {
    state.version = config.version;
    state.saved = draftOf(config);
    versionLine.textContent = t('configVersion', {
      version: config.version,
      at: formatTime(config.updatedAt),
      by: config.updatedBy,
      reason: config.reason,
    });
  };
  const reset = h(
    'button',
    { type: 'button', class: 'secondary', on: { click: () => void loadConfig(true).then(refreshPreview) } },
    t('resetDraft'),
  );
  const showEditor = (draft: Draft) => {
    state.draft = draft;
    fill(editorSlot, versionLine, configEditor(draft, onEdit), reset);
    save.update();
    reset.disabled = !changed();
  };
  const loadConfig = async (resetDraft: boolean): Promise<void> => {
    try {
      const config = await api.get('/v1/admin/matching-config', matchingConfigSchema);
      showVersion(config);
      showEditor(resetDraft || !state.draft ? draftOf(config) : state.draft);
    } catch (err) {
      fill(editorSlot, h('p', { class: 'error', role: 'alert' }, t('failed', { detail: errorText(err) })));
    }
  };
  const pick = (id: string, byUser = true) => {
    state.challengeId = id;
    const url = new URL(location.href);
    url.searchParams.set('challenge', id);
    history.replaceState(null, '', url);
    fill(pickerSlot, challengePicker(api, id, pick));
    if (byUser) focusPicker();
    void charts.show(id);
    refreshPreview();
  };
  const pickerSlot = h('div', {}, challengePicker(api, state.challengeId, pick));
  main.append(
    pickerSlot,
    h(
      'div',
      { class: 'tuning' },
      h('div', { class: 'tuning-edit' }, editorSlot, save.element),
      preview.element,
    ),
    charts.chart,
    charts.bars,
    outcomesReport(api),
    audit.element,
    sdgPlayground(api),
    queueDashboardLink(),
  );
  void loadConfig(false).then(() => {
    if (state.challengeId) pick(state.challengeId, false);
    else refreshPreview();
  });
}

/** The admin console: config editor with live preview, save, charts, outcomes, audit log, SDG playground. */
export const adminPage = (): Page => ({ title: () => t('adminTitle'), roles: ['admin'], render });
