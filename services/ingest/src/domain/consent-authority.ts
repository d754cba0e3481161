import type { ConsentActor, Consents } from '@suite/contracts';

export type ConsentField = keyof Consents;
const consentFields: readonly ConsentField[] = ['matching', 'emailRecommendations'];

/** A stored innovator's consents, who last changed each and when (ISO, or null). */
export interface ConsentRecord {
  consents: Consents;
  changedBy: Record<ConsentField, ConsentActor | null>;
  changedAt: Record<ConsentField, string | null>;
}

/** A consent a programme write asked to give, which stays withdrawn because the person withdrew it. */
export interface KeptWithdrawal {
  field: ConsentField;
  /** When the person withdrew it, if known. */
  withdrawnAt: string | null;
}

/** Whether the person withdrew this consent themself (and has not given it again). */
const withdrawnByPerson = (record: ConsentRecord, field: ConsentField) =>
  !record.consents[field] && record.changedBy[field] === 'person';

/** Whether the record has a consent only the person can give again. */
export const hasPersonWithdrawal = (record: ConsentRecord) =>
  consentFields.some((field) => withdrawnByPerson(record, field));

/**
 * The consents a write by `actor` stores. The person may give and withdraw their own consents at
 * any time. The programme (an admin, a service, an import) may withdraw any, and give any the
 * person has not withdrawn; a consent the person withdrew stays withdrawn until the person gives
 * it again, and is listed in `kept`. Without a stored record (a new innovator) anything goes.
 */
export function consentsToStore(
  actor: ConsentActor,
  stored: ConsentRecord | undefined,
  wanted: Consents,
): { consents: Consents; kept: KeptWithdrawal[] } {
  if (actor === 'person' || stored === undefined) return { consents: wanted, kept: [] };
  const consents = { ...wanted };
  const kept: KeptWithdrawal[] = [];
  for (const field of consentFields) {
    if (wanted[field] && withdrawnByPerson(stored, field)) {
      consents[field] = false;
      kept.push({ field, withdrawnAt: stored.changedAt[field] });
    }
  }
  return { consents, kept };
}

/** Why a kept withdrawal was not given, for a problem or an import warning. */
export const keptWithdrawalMessage = ({ withdrawnAt }: KeptWithdrawal) =>
  `the person withdrew this consent${withdrawnAt ? ` on ${withdrawnAt}` : ''}; only they can give it again`;
