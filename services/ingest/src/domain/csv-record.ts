import type { z } from 'zod';
import { type EntityKind, importRowSchemas } from './entity-kinds';

/**
 * CSV cells are text; the entity schemas want lists, numbers, booleans and nested objects. These
 * rules turn a CSV record into the object a JSON client would have sent, and leave anything they
 * cannot convert as it is so the schema reports it at the right path.
 */
type CellType = 'text' | 'number' | 'boolean' | 'numberList' | 'textList' | 'json';

const booleans: Record<string, boolean> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
  yes: true,
  no: false,
};

/** A decimal number as people write it in a sheet: `10`, `-3`, `0.4`, `.6`, `1e3`. */
const numberText = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const toNumber = (text: string): unknown => {
  const trimmed = text.trim();
  return numberText.test(trimmed) ? Number(trimmed) : text;
};

const listItems = (cell: string) =>
  cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');

function convertCell(type: CellType, cell: string): unknown {
  switch (type) {
    case 'number':
      return toNumber(cell);
    case 'numberList':
      return listItems(cell).map(toNumber);
    case 'textList':
      return listItems(cell);
    case 'boolean':
      return booleans[cell.trim().toLowerCase()] ?? cell;
    case 'json':
      try {
        return JSON.parse(cell);
      } catch {
        return cell;
      }
    case 'text':
      return cell;
  }
}

/** The schema inside optional, default and similar wrappers: what a present value must be. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema as z.core.$ZodTypes;
  for (;;) {
    const def = current._zod.def;
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
        current = def.innerType as z.core.$ZodTypes;
        break;
      case 'pipe':
        current = def.in as z.core.$ZodTypes;
        break;
      default:
        return current;
    }
  }
}

/** The fields of an object schema (inside its wrappers); undefined for any other schema. */
function shapeOf(schema: z.core.$ZodType): Readonly<Record<string, z.core.$ZodType>> | undefined {
  const def = (unwrap(schema) as z.core.$ZodTypes)._zod.def;
  return def.type === 'object' ? def.shape : undefined;
}

/** The schema of a dotted column (`balancePolicy.groups.woman.min`), if the row has that field. */
function fieldSchema(row: z.core.$ZodType, path: readonly string[]): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = row;
  for (const segment of path) {
    const shape = shapeOf(current);
    current = shape && Object.hasOwn(shape, segment) ? shape[segment] : undefined;
    if (current === undefined) return undefined;
  }
  return current;
}

/** How a cell of a field with this schema is read; a column the row does not have stays text. */
function cellTypeOf(schema: z.core.$ZodType | undefined): CellType {
  if (schema === undefined) return 'text';
  const def = (unwrap(schema) as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return (unwrap(def.element) as z.core.$ZodTypes)._zod.def.type === 'number' ? 'numberList' : 'textList';
    case 'object':
    case 'record':
      return 'json';
    default:
      return 'text';
  }
}

/**
 * Reads the records of a CSV file with this header (names dotted, `consents.matching`, for nested
 * fields) into the objects of `kind`; each column's conversion comes from the row schema, once per
 * file, so a number field anywhere (`balancePolicy.groups.woman.min`) is read as a number.
 */
export function csvRecordReader(kind: EntityKind, header: readonly string[]) {
  const columns = header.map((name) => {
    const path = name.split('.');
    return { path, type: cellTypeOf(fieldSchema(importRowSchemas[kind], path)) };
  });
  return (cells: readonly string[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    columns.forEach(({ path, type }, i) => {
      const cell = cells[i] ?? '';
      // An empty cell is an absent field, so defaults apply as they do for JSON.
      if (cell === '') return;
      let target = out;
      for (const segment of path.slice(0, -1)) {
        const next = target[segment];
        if (next === null || typeof next !== 'object' || Array.isArray(next)) target[segment] = {};
        target = target[segment] as Record<string, unknown>;
      }
      target[path.at(-1)!] = convertCell(type, cell);
    });
    return out;
  };
}
