/**
 * Owner -> owned ids (innovator -> ideas). Most innovators have one idea, so a single id is kept
 * bare and only owners of several get a Set: at a million ideas a Set each would cost more than
 * their postings.
 */
export function createOwnedIds() {
  const owned = new Map<string, string | Set<string>>();
  return {
    add(owner: string, id: string) {
      const current = owned.get(owner);
      if (current === undefined) owned.set(owner, id);
      else if (typeof current === 'string') {
        if (current !== id) owned.set(owner, new Set([current, id]));
      } else current.add(id);
    },
    remove(owner: string, id: string) {
      const current = owned.get(owner);
      if (current === undefined) return;
      if (typeof current === 'string') {
        if (current === id) owned.delete(owner);
        return;
      }
      current.delete(id);
      if (current.size === 1) owned.set(owner, current.values().next().value as string);
      else if (current.size === 0) owned.delete(owner);
    },
    /** The owner's ids in the order they were added. */
    of(owner: string): string[] {
      const current = owned.get(owner);
      if (current === undefined) return [];
      return typeof current === 'string' ? [current] : [...current];
    },
    drop(owner: string) {
      owned.delete(owner);
    },
  };
}
