// Typed arrays cannot grow in place; these copy into a larger buffer. Growth by 1.5x keeps the
// amortised cost of appends constant while wasting less memory than doubling.

export function growInt32(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const next = new Int32Array(Math.max(needed, Math.ceil(array.length * 1.5), 4));
  next.set(array);
  return next;
}

export function growFloat32(array: Float32Array<ArrayBuffer>, needed: number): Float32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const next = new Float32Array(Math.max(needed, Math.ceil(array.length * 1.5), 4));
  next.set(array);
  return next;
}

export function growUint8(array: Uint8Array<ArrayBuffer>, needed: number): Uint8Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const next = new Uint8Array(Math.max(needed, Math.ceil(array.length * 1.5), 4));
  next.set(array);
  return next;
}

export function growFloat64(array: Float64Array<ArrayBuffer>, needed: number): Float64Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const next = new Float64Array(Math.max(needed, Math.ceil(array.length * 1.5), 4));
  next.set(array);
  return next;
}

/** A copy holding exactly the first `length` values (or the array itself when it is that long). */
export function fitTo<
  T extends Int32Array<ArrayBuffer> | Float32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>,
>(array: T, length: number): T {
  return (array.length === length ? array : array.slice(0, length)) as T;
}
