import { UnrecoverableError } from '@suite/contracts/queues';
import type { Logger } from '@suite/platform';
import { classifySmtpFailure } from '../domain/smtp-failure';
import type { DeliveriesRepository, Delivery } from '../storage/deliveries.repository';
import type { Mailer } from './smtp-mailer';

export type Deliver = (delivery: Delivery, opts?: { markedSending?: boolean }) => Promise<void>;

/**
 * Sends one recorded email and writes the outcome. The row says `sending` before SMTP and `sent`
 * after, so a crash in between leaves `sending`: the job's retry sends that one message again with
 * the same Message-ID (at least once, never a second different email). A 5xx is final at once
 * (UnrecoverableError: no retries that would only hammer the server); anything else is retried by
 * the job's exponential backoff.
 */
export function createDeliver(deps: {
  deliveries: DeliveriesRepository;
  mailer: Mailer;
  logger: Logger;
  /** How long a `sending` row belongs to the job that marked it (the queue job lock). */
  sendingLeaseMs: number;
}): Deliver {
  return async (delivery, opts = {}) => {
    const key = delivery.idempotencyKey;
    if (delivery.status === 'sent' || delivery.status === 'failed' || delivery.status === 'cancelled') {
      deps.logger.info(
        { delivery: key, status: delivery.status },
        'delivery already settled; not sent again',
      );
      return;
    }
    const { toAddress, subject, html, text, messageId } = delivery;
    if (!toAddress || subject === null || html === null || text === null || !messageId) {
      await deps.deliveries.markCancelled(key, 'recipient erased');
      deps.logger.info({ delivery: key }, 'delivery cancelled: recipient erased');
      return;
    }
    if (!opts.markedSending && !(await deps.deliveries.claimForSending(key, deps.sendingLeaseMs))) {
      // Another run of the same request is sending it right now; look again after the backoff.
      throw new Error('this email is being sent by another job; checking again later');
    }
    let accepted = false;
    try {
      await deps.mailer.send(
        { messageId, to: toAddress, subject, html, text, headers: delivery.headers ?? {} },
        // Written while this is the only accepted-but-unlogged message of the process (the send gate).
        async () => {
          accepted = true;
          await deps.deliveries.markSent(key);
        },
      );
    } catch (err) {
      // The server has it but the log write failed: the row stays `sending`, and the job's retry
      // sends this one message again (same Message-ID) once the lease lapses.
      if (accepted) throw err;
      const failure = classifySmtpFailure(err);
      if (failure.permanent) {
        await deps.deliveries.markFailed(key, failure.smtpCode, failure.reason);
        deps.logger.warn({ delivery: key, smtpCode: failure.smtpCode }, 'delivery failed permanently');
        throw new UnrecoverableError(`SMTP refused the message (${failure.smtpCode})`);
      }
      await deps.deliveries.markRetrying(key, failure.smtpCode, failure.reason);
      deps.logger.warn({ delivery: key, smtpCode: failure.smtpCode }, 'delivery failed; will retry');
      throw new Error(`SMTP send failed transiently (${failure.smtpCode ?? 'no reply'})`);
    }
  };
}
