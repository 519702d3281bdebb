import { WordVectors } from '../core/search/word-vectors';

/**
 * The word-vectors file, `content/word-vectors.bin`, written by `scripts/build-word-vectors.ts`:
 *   "TAWV" · header length (uint32 LE) · header JSON { dimensions, count, wordBytes, source }
 *   · the words, UTF-8, one per line · ranks (uint32 LE × count) · scales (float32 LE × count)
 *   · values (int8 × count × dimensions)
 */
export const WORD_VECTORS_FILE = 'word-vectors.bin';
const MAGIC = 'TAWV';

export interface WordVectorsHeader {
  dimensions: number;
  count: number;
  wordBytes: number;
  /** Where the vectors came from and under what licence. */
  source: string;
}

export function encodeWordVectors(entries: ReadonlyArray<{ word: string; rank: number; vector: readonly number[] }>, dimensions: number, source: string): Buffer {
  const words = Buffer.from(entries.map((e) => e.word).join('\n'), 'utf8');
  const header = Buffer.from(JSON.stringify({ dimensions, count: entries.length, wordBytes: words.length, source } satisfies WordVectorsHeader), 'utf8');
  const ranks = Buffer.alloc(4 * entries.length);
  const scales = Buffer.alloc(4 * entries.length);
  const values = Buffer.alloc(dimensions * entries.length);
  entries.forEach((e, i) => {
    const norm = Math.sqrt(e.vector.reduce((s, x) => s + x * x, 0)) || 1;
    const unit = e.vector.map((x) => x / norm);
    const scale = Math.max(...unit.map(Math.abs)) || 1;
    ranks.writeUInt32LE(e.rank, 4 * i);
    scales.writeFloatLE(scale, 4 * i);
    unit.forEach((x, d) => values.writeInt8(Math.round((x / scale) * 127), i * dimensions + d));
  });
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([Buffer.from(MAGIC, 'latin1'), length, header, words, ranks, scales, values]);
}

/** Reads the file; throws an Error saying what is wrong when it is not a whole word-vectors file. */
export function decodeWordVectors(bytes: Buffer): WordVectors {
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== MAGIC) throw new Error('is not a word-vectors file (it should start with "TAWV")');
  const headerLength = bytes.readUInt32LE(4);
  let header: WordVectorsHeader;
  try {
    header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as WordVectorsHeader;
  } catch {
    throw new Error('has a damaged header');
  }
  const { dimensions, count, wordBytes } = header;
  if (![dimensions, count, wordBytes].every((n) => Number.isInteger(n) && n > 0)) throw new Error('has a damaged header');
  let at = 8 + headerLength;
  const expected = at + wordBytes + 8 * count + dimensions * count;
  if (bytes.length !== expected) throw new Error(`is ${bytes.length} bytes where its header promises ${expected}: it is truncated or damaged`);
  const words = bytes.toString('utf8', at, at + wordBytes).split('\n');
  if (words.length !== count) throw new Error(`lists ${words.length} words where its header promises ${count}`);
  at += wordBytes;
  const ranks = new Uint32Array(count);
  const scales = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    ranks[i] = bytes.readUInt32LE(at + 4 * i);
    scales[i] = bytes.readFloatLE(at + 4 * count + 4 * i);
  }
  at += 8 * count;
  // A view, not a copy: the file's bytes are the table (signed bytes need no alignment).
  const values = new Int8Array(bytes.buffer, bytes.byteOffset + at, dimensions * count);
  return new WordVectors(words, ranks, scales, values, dimensions);
}
