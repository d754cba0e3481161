import { describe, expect, it } from 'vitest';
import { deliveryKey } from './delivery-key';

describe('deliveryKey', () => {
  it('is the same for a retried job and differs between kinds', () => {
    expect(deliveryKey('recommendations', 'job-1')).toBe(deliveryKey('recommendations', 'job-1'));
    expect(deliveryKey('recommendations', 'job-1')).not.toBe(deliveryKey('shortlist', 'job-1'));
  });
});
