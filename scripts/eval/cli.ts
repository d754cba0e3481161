import { existsSync, readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** Value of `--name value` or `--name=value` on the command line. */
export function argValue(name: string, argv: readonly string[] = process.argv.slice(2)): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === `--${name}`) return argv[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

/** Whether a bare `--name` flag is present. */
export function hasFlag(name: string, argv: readonly string[] = process.argv.slice(2)): boolean {
  return argv.includes(`--${name}`);
}

/** Exits with a clear message (no stack trace) when a required input file is missing. */
export function requireFile(path: string, what: string): void {
  if (existsSync(path) && statSync(path).isFile()) return;
  console.error(
    existsSync(path) ? `${what} is a directory, not a file: ${path}` : `${what} not found: ${path}`,
  );
  process.exit(2);
}

/** Reads a CSV file with a header row into records keyed by column name. */
export function readCsv(path: string): Array<Record<string, string>> {
  requireFile(path, 'CSV file');
  return parse(readFileSync(path, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    relax_quotes: true,
    bom: true,
  });
}

/** Quotes one CSV field (RFC 4180) for the small dev-set files we write. */
export function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Prints the machine-readable summary: always the last line of an eval or bench run. */
export function printSummary(summary: object): void {
  console.log(JSON.stringify(summary));
}
