import { describe, expect, it } from 'vitest';
import { deliveryKey, messageIdFor } from './delivery-key';

describe('deliveryKey', () => {
  it('is the same for the same recipient and content, whatever job produced it', () => {
    expect(deliveryKey('recommendations', 'inn-1', ['c-1', 'c-2'])).toBe(
      deliveryKey('recommendations', 'inn-1', ['c-1', 'c-2']),
    );
  });

  it('differs by recipient, content and kind', () => {
    const key = deliveryKey('recommendations', 'inn-1', ['c-1']);
    expect(deliveryKey('recommendations', 'inn-2', ['c-1'])).not.toBe(key);
    expect(deliveryKey('recommendations', 'inn-1', ['c-2'])).not.toBe(key);
    expect(deliveryKey('digest', 'inn-1', ['c-1'])).not.toBe(key);
    // Joining would make ['a,b'] and ['a','b'] collide; the key must not.
    expect(deliveryKey('shortlist', 'o', ['a,b'])).not.toBe(deliveryKey('shortlist', 'o', ['a', 'b']));
  });
});

describe('messageIdFor', () => {
  it('takes the sender domain, with or without a display name', () => {
    expect(messageIdFor('abc', 'Social Match <no-reply@example.org>')).toBe('<abc@example.org>');
    expect(messageIdFor('abc', 'no-reply@example.se')).toBe('<abc@example.se>');
  });
});
