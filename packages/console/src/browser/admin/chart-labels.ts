/**
 * A chart label broken into lines of at most `max` characters at spaces (a longer word keeps its own
 * line), so a category axis on a phone stays inside the canvas instead of being cut at the edge.
 */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
