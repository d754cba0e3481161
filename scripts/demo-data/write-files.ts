import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DemoData } from './generate-records';

export const importKinds = ['organisations', 'challenges', 'innovators', 'ideas'] as const;
export type ImportKind = (typeof importKinds)[number];

export interface ImportFile {
  kind: ImportKind;
  file: string;
  contentType: 'text/csv' | 'application/x-ndjson';
  rows: number;
}

type Cell = string | number | boolean | null | undefined | readonly (string | number)[];

/** A record flattened into the CSV field format of the import: dotted nested fields, `;`-joined lists. */
export function flattenRecord(record: object, prefix = ''): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [key, value] of Object.entries(record)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      Object.assign(out, flattenRecord(value, name));
    } else {
      out[name] = value as Cell;
    }
  }
  return out;
}

const csvCell = (value: Cell): string => {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** RFC 4180 CSV with a header of field names; every record gets every column. */
export function toCsv(records: readonly object[]): string {
  const rows = records.map((r) => flattenRecord(r));
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export const toNdjson = (records: readonly object[]) => records.map((r) => `${JSON.stringify(r)}\n`).join('');

/**
 * Writes the demo data in import order. Organisations and innovators go as CSV (the spreadsheet
 * format need owners and programme staff use), challenges and ideas with their long texts as NDJSON,
 * so the demo exercises both import formats.
 */
export function writeDemoFiles(dir: string, data: DemoData): ImportFile[] {
  mkdirSync(dir, { recursive: true });
  const plan: [ImportKind, readonly object[], 'csv' | 'ndjson'][] = [
    ['organisations', data.organisations, 'csv'],
    ['challenges', data.challenges, 'ndjson'],
    ['innovators', data.innovators, 'csv'],
    ['ideas', data.ideas, 'ndjson'],
  ];
  return plan.map(([kind, records, format]) => {
    const file = path.join(dir, `${kind}.${format}`);
    writeFileSync(file, format === 'csv' ? toCsv(records) : toNdjson(records));
    return {
      kind,
      file,
      contentType: format === 'csv' ? 'text/csv' : 'application/x-ndjson',
      rows: records.length,
    };
  });
}
