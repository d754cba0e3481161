import fc from 'fast-check';

type JsonSchema = Record<string, unknown>;

/** Strings that have broken services before: markup, SQL, NUL, control and astral characters, huge. */
const hostileStrings = fc.constantFrom(
  '<script>alert(1)</script>',
  "'; drop table ideas; --",
  '=HYPERLINK("http://x")',
  'a\u0000b',
  '\u0007\u001b[31m',
  '😀\ud800',
  '../../etc/passwd',
  '%00%2e%2e',
  'x'.repeat(70_000),
  '',
  ' ',
);

const anyJson = fc.jsonValue({ maxDepth: 3 });

/**
 * Values for a JSON schema (as zod's toJSONSchema writes them), mostly valid, sometimes not: each
 * value may be swapped for arbitrary JSON or a hostile string, fields dropped or added, so the
 * service sees both the documents it accepts and the ones it must refuse.
 */
export function fromSchema(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const valid = validFromSchema(schema ?? {}, depth);
  return fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 1, arbitrary: anyJson },
    { weight: 1, arbitrary: hostileStrings },
  );
}

function validFromSchema(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (options && options.length > 0) return fc.oneof(...options.map((s) => validFromSchema(s, depth + 1)));
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const type = Array.isArray(schema.type)
    ? (schema.type as string[])[0]
    : (schema.type as string | undefined);
  switch (type) {
    case 'object':
      return objectFromSchema(schema, depth);
    case 'array': {
      const items = (schema.items as JsonSchema | undefined) ?? {};
      const maxLength = Math.min(Number(schema.maxItems ?? 5), 5);
      return fc.array(fromSchema(items, depth + 1), { maxLength });
    }
    case 'string':
      return stringFromSchema(schema);
    case 'integer':
      return fc.integer({
        min: Math.max(Number(schema.minimum ?? -1_000), -1_000_000),
        max: Math.min(Number(schema.maximum ?? 1_000), 1_000_000),
      });
    case 'number':
      return fc.double({
        min: Math.max(Number(schema.minimum ?? -1_000), -1e6),
        max: Math.min(Number(schema.maximum ?? 1_000), 1e6),
        noNaN: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return anyJson;
  }
}

function stringFromSchema(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.format === 'uuid') return fc.uuid();
  const maxLength = Math.min(Number(schema.maxLength ?? 40), 40);
  const minLength = Math.min(Number(schema.minLength ?? 0), maxLength);
  // Ids and codes: letters and digits are what most patterns accept.
  const word = fc.stringMatching(/^[A-Za-z0-9_.:-]{1,24}$/);
  return fc.oneof(word, fc.string({ minLength, maxLength }), fc.constantFrom('5.5', '16.b', 'sv', 'en'));
}

function objectFromSchema(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, prop] of Object.entries(properties)) record[name] = fromSchema(prop, depth + 1);
  const requiredKeys = [...required].filter((k) => k in record);
  return fc
    .tuple(
      fc.record(record, { requiredKeys: requiredKeys.filter(() => true) }),
      fc.boolean(),
      fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 2 }),
    )
    .map(([value, addUnknown, extra]) => (addUnknown ? { ...extra, ...(value as object) } : value));
}
