/**
 * CSV cells are text; the entity schemas want lists, numbers, booleans and nested objects. These
 * rules turn a CSV record into the object a JSON client would have sent, and leave anything they
 * cannot convert as it is so the schema reports it at the right path.
 */
type CellType = 'numberList' | 'textList' | 'boolean' | 'json';

/** Columns whose cells are not plain text; the same name means the same thing in every kind. */
const cellTypes: Record<string, CellType> = {
  sdgs: 'numberList',
  sdgTargets: 'textList',
  'consents.matching': 'boolean',
  'consents.emailRecommendations': 'boolean',
  balancePolicy: 'json',
};

const booleans: Record<string, boolean> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
  yes: true,
  no: false,
};

const listItems = (cell: string) =>
  cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');

function convertCell(type: CellType | undefined, cell: string): unknown {
  switch (type) {
    case 'numberList':
      return listItems(cell).map((item) => (/^-?\d+$/.test(item) ? Number(item) : item));
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
    default:
      return cell;
  }
}

/** Header names, dotted (`consents.matching`) for nested fields, with each cell's conversion. */
export function csvRecordToObject(
  header: readonly string[],
  cells: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  header.forEach((column, i) => {
    const cell = cells[i] ?? '';
    // An empty cell is an absent field, so defaults apply as they do for JSON.
    if (cell === '') return;
    const path = column.split('.');
    let target = out;
    for (const segment of path.slice(0, -1)) {
      const next = target[segment];
      if (next === null || typeof next !== 'object' || Array.isArray(next)) target[segment] = {};
      target = target[segment] as Record<string, unknown>;
    }
    target[path.at(-1)!] = convertCell(cellTypes[column], cell);
  });
  return out;
}
