import { crc32, deflateSync } from 'node:zlib';

/** RGBA pixels, row by row, 4 bytes a pixel. */
export interface Image {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** Encodes an RGBA image as a PNG (8-bit, colour type 6, no filtering): enough for app icons. */
export function encodePng(image: Image): Buffer {
  const { width, height, rgba } = image;
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Width and height from a PNG's IHDR chunk (for tests and checks). */
export function pngSize(png: Buffer): { width: number; height: number; colorType: number } {
  if (png.subarray(1, 4).toString('ascii') !== 'PNG' || png.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colorType: png[25] ?? -1 };
}
