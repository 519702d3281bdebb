import type { Image } from './png';

/**
 * The ThinkAgain mark: a circular "again" arrow (a thick ring with a gap, and an arrowhead at one end)
 * around a dot. Coverage is computed in a [-1, 1] square and supersampled for smooth edges.
 */
function coverage(x: number, y: number): boolean {
  const r = Math.hypot(x, y);
  const angle = (Math.atan2(-y, x) * 180) / Math.PI; // degrees, counter-clockwise from east, y up
  const inRing = r >= 0.5 && r <= 0.74 && !(angle > 10 && angle < 70);
  // Arrowhead at the ring's end at 70°, pointing clockwise (towards the gap).
  const a = (70 * Math.PI) / 180;
  const tip = { x: 0.62 * Math.cos(a - 0.55), y: -0.62 * Math.sin(a - 0.55) };
  const baseOuter = { x: 0.93 * Math.cos(a), y: -0.93 * Math.sin(a) };
  const baseInner = { x: 0.31 * Math.cos(a), y: -0.31 * Math.sin(a) };
  const inHead = inTriangle({ x, y }, tip, baseOuter, baseInner);
  const inDot = r <= 0.17;
  return inRing || inHead || inDot;
}

type Point = { x: number; y: number };
function inTriangle(p: Point, a: Point, b: Point, c: Point): boolean {
  const side = (p1: Point, p2: Point, p3: Point) => (p1.x - p3.x) * (p2.y - p3.y) - (p2.x - p3.x) * (p1.y - p3.y);
  const d1 = side(p, a, b);
  const d2 = side(p, b, c);
  const d3 = side(p, c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/** Draws the mark in white over `background` (RGBA; alpha 0 for a transparent outline icon). */
export function drawMark(size: number, background: [number, number, number, number], markScale: number): Image {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (((px + (sx + 0.5) / samples) / size) * 2 - 1) / markScale;
          const y = (((py + (sy + 0.5) / samples) / size) * 2 - 1) / markScale;
          if (coverage(x, y)) hits += 1;
        }
      }
      const t = hits / (samples * samples);
      const [br, bg, bb, ba] = background;
      const i = (py * size + px) * 4;
      if (ba === 0) {
        rgba.set([255, 255, 255, Math.round(255 * t)], i);
      } else {
        rgba.set([Math.round(br + (255 - br) * t), Math.round(bg + (255 - bg) * t), Math.round(bb + (255 - bb) * t), 255], i);
      }
    }
  }
  return { width: size, height: size, rgba };
}
