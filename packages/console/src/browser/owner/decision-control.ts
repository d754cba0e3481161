/// <reference lib="dom" />
import { type DecisionStage, decisionSchema, decisionStages } from '@suite/contracts';
import { type Api, errorText } from '../api';
import { h } from '../dom';
import { t } from '../i18n';
import { type DecisionChange, historyText } from './decision-history';

export interface DecisionSubject {
  innovatorId: string;
  /** How the page names the person: their name on the list, else their id. */
  name: string;
  stage?: DecisionStage;
  history: DecisionChange[];
}

/**
 * The current stage, one button per stage (the current one pressed) and the history of changes; a
 * click records the stage (`PUT .../decisions/{innovatorId}`) and shows the service's history.
 */
export function decisionControl(
  api: Api,
  decisionPath: (innovatorId: string) => string,
  subject: DecisionSubject,
  announce: (text: string) => void,
): HTMLElement {
  const stageText = (stage: DecisionStage | undefined) =>
    t('currentStage', { stage: stage ? t(`stage_${stage}`) : t('noStage') });
  const current = h('p', { class: 'stage' }, stageText(subject.stage));
  const history = h('p', { class: 'history hint' }, historyText(subject.history) ?? '');
  const buttons = decisionStages.map((option) =>
    h(
      'button',
      {
        type: 'button',
        class: 'stage-button',
        'aria-pressed': String(option === subject.stage),
        'data-stage': option,
      },
      t(`stage_${option}`),
    ),
  );
  buttons.forEach((button, i) => {
    const option = decisionStages[i]!;
    button.addEventListener('click', async () => {
      for (const b of buttons) b.disabled = true;
      try {
        const decision = await api.send(
          'PUT',
          decisionPath(subject.innovatorId),
          { stage: option },
          decisionSchema,
        );
        for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
        current.textContent = stageText(decision.stage);
        history.textContent = historyText(decision.history) ?? '';
        announce(t('decisionSaved', { name: subject.name, stage: t(`stage_${option}`) }));
      } catch (err) {
        announce(t('failed', { detail: errorText(err) }));
      } finally {
        for (const b of buttons) b.disabled = false;
      }
    });
  });
  return h(
    'div',
    { class: 'decision' },
    current,
    h('div', { role: 'group', 'aria-label': t('decisionsFor', { name: subject.name }) }, ...buttons),
    history,
  );
}
