/**
 * One holder at a time, first come first served. The mailer holds it from the moment a message's
 * final "." goes to the SMTP server until that message's `sent` row is written, so at any instant
 * at most one message of this process is accepted-but-unlogged (see smtp-mailer.ts).
 */
export function createSendGate() {
  let tail: Promise<void> = Promise.resolve();
  return {
    /** Resolves with the release function once every earlier holder has released. */
    acquire(): Promise<() => void> {
      let release!: () => void;
      const released = new Promise<void>((done) => {
        release = done;
      });
      const turn = tail.then(() => release);
      tail = tail.then(() => released);
      return turn;
    },
  };
}
