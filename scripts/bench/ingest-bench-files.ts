import { closeSync, openSync, writeSync } from 'node:fs';
import { seededRandom } from '../eval/seeded-random';

const words = (
  'stad region skola äldre unga mat energi vatten cykel delning grannskap hälsa trygghet ensamhet ' +
  'arbete integration klimat återbruk kök odling transport digital stöd förening kommun omsorg ' +
  'community health energy water food waste school youth elderly housing mobility repair circular ' +
  'loneliness jobs inclusion climate garden bike share local service platform learning care'
).split(' ');

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

function sentence(random: () => number, length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(words[Math.floor(random() * words.length)]!);
  return out.join(' ');
}

/**
 * Writes rows through one reused buffer with synchronous writes. A write stream would turn each row
 * into a Buffer of its own: for a 100k file that is tens of MB of buffer garbage before the import
 * starts, which raised this process's peak RSS with the file's size although the service never saw it.
 */
async function writeRows(path: string, header: string, count: number, row: (i: number) => string) {
  const fd = openSync(path, 'w');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    let used = 0;
    const flush = () => {
      writeSync(fd, buffer, 0, used);
      used = 0;
    };
    const put = (line: string) => {
      if (used + Buffer.byteLength(line) > buffer.length) flush();
      if (Buffer.byteLength(line) > buffer.length) writeSync(fd, line);
      else used += buffer.write(line, used);
    };
    put(`${header}\n`);
    for (let i = 0; i < count; i++) put(`${row(i)}\n`);
    flush();
  } finally {
    closeSync(fd);
  }
}

const genders = ['woman', 'man', 'non_binary', 'undisclosed'];
const stages = ['idea', 'prototype', 'pilot', 'scaling'];

export async function writeInnovatorsCsv(path: string, count: number): Promise<void> {
  const random = seededRandom(7);
  await writeRows(
    path,
    'id,externalId,name,email,gender,locale,sdgs,digest,consents.matching,consents.emailRecommendations',
    count,
    (i) =>
      [
        `inn-${i}`,
        `crm-${i}`,
        csvCell(`Innovator ${i}`),
        `innovator${i}@example.org`,
        genders[Math.floor(random() * genders.length)],
        random() < 0.6 ? 'sv' : 'en',
        `${1 + Math.floor(random() * 17)};${1 + Math.floor(random() * 17)}`,
        'weekly',
        random() < 0.9 ? 'yes' : 'no',
        random() < 0.7 ? 'yes' : 'no',
      ].join(','),
  );
}

/** Ideas of 40-120 words, spread over the innovators, with goals and targets. */
export async function writeIdeasCsv(path: string, count: number, innovators: number): Promise<void> {
  const random = seededRandom(11);
  await writeRows(
    path,
    'id,externalId,innovatorId,title,description,locale,stage,sdgs,sdgTargets',
    count,
    (i) => {
      const goal = 1 + Math.floor(random() * 17);
      return [
        `idea-${i}`,
        `oi-${i}`,
        `inn-${Math.floor(random() * innovators)}`,
        csvCell(sentence(random, 4)),
        csvCell(`${sentence(random, 40 + Math.floor(random() * 80))}, "${sentence(random, 3)}".`),
        random() < 0.6 ? 'sv' : 'en',
        stages[Math.floor(random() * stages.length)],
        `${goal}`,
        // Targets must exist (ingest checks them against the UN list): every goal has x.1-x.3.
        `${goal}.${1 + Math.floor(random() * 3)}`,
      ].join(',');
    },
  );
}
