// The shapes of `pnpm bench` steps and rows, and the helpers that turn a script's figures into rows.

export type Figures = Record<string, unknown>;

export interface Row {
  what: string;
  target: string;
  ours: string;
  peer?: string;
  /** null when the row has no target of its own (context, a peer's figure). */
  met: boolean | null;
}

export interface BenchStep {
  title: string;
  script: string;
  args: string[];
  timeoutMs: number;
  /** Names this step's figures for later steps' rows (a figure judged against another run). */
  key?: string;
  rows(figures: Figures, earlier: (key: string) => Figures | undefined): Row[];
}

export const num = (figures: Figures, key: string): number | undefined => {
  const value = figures[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};
export const show = (value: number | undefined, unit = '', digits = 2) =>
  value === undefined ? 'missing' : `${value.toFixed(digits)}${unit}`;
export const atMost = (value: number | undefined, limit: number) =>
  value === undefined ? false : value <= limit;
export const atLeast = (value: number | undefined, limit: number) =>
  value === undefined ? false : value >= limit;

export const data = '../shared/data';
export const minutes = (n: number) => n * 60_000;
