import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/**
 * The site's icon: a white town hall (gable, front with two windows and a door, a step) on a
 * red rounded square, red and white after the city's colours. Drawn from one list of shapes
 * as an SVG (`/favicon.svg`, linked from every page) and, for clients that only ask for
 * `/favicon.ico`, as an ICO file holding 16 and 32 pixel PNG images rendered from the same
 * shapes at start.
 */

const RED: Rgb = [0xb5, 0x12, 0x1b];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const SIZE = 32;
const CORNER = 6;

type Rgb = [number, number, number];
type Shape =
  | { kind: "rect"; x: number; y: number; w: number; h: number }
  | { kind: "triangle"; points: [number, number][] };

const rect = (x: number, y: number, w: number, h: number): Shape => ({ kind: "rect", x, y, w, h });

/** Painted in order on the red square; a later layer covers an earlier one. */
const LAYERS: { colour: Rgb; shapes: Shape[] }[] = [
  {
    colour: WHITE,
    shapes: [
      {
        kind: "triangle",
        points: [
          [16, 5],
          [28, 13],
          [4, 13],
        ],
      },
      rect(7, 13, 18, 12),
      rect(5, 25, 22, 2),
    ],
  },
  { colour: RED, shapes: [rect(14, 18, 4, 7), rect(9.5, 15.5, 3, 3.5), rect(19.5, 15.5, 3, 3.5)] },
];

const hex = (c: Rgb) => `#${c.map((v) => v.toString(16).padStart(2, "0")).join("")}`;

function pathOf(shape: Shape): string {
  if (shape.kind === "rect") return `M${shape.x} ${shape.y}h${shape.w}v${shape.h}h-${shape.w}Z`;
  return `M${shape.points.map(([x, y]) => `${x} ${y}`).join("L")}Z`;
}

export const FAVICON_SVG = [
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">`,
  `<rect width="${SIZE}" height="${SIZE}" rx="${CORNER}" fill="${hex(RED)}"/>`,
  ...LAYERS.map((l) => `<path fill="${hex(l.colour)}" d="${l.shapes.map(pathOf).join("")}"/>`),
  "</svg>\n",
].join("");

function inside(shape: Shape, x: number, y: number): boolean {
  if (shape.kind === "rect")
    return x >= shape.x && x < shape.x + shape.w && y >= shape.y && y < shape.y + shape.h;
  const [a, b, c] = shape.points as [[number, number], [number, number], [number, number]];
  const side = (p: [number, number], q: [number, number]) =>
    (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function inSquare(x: number, y: number): boolean {
  if (x < 0 || y < 0 || x > SIZE || y > SIZE) return false;
  const cx = Math.min(Math.max(x, CORNER), SIZE - CORNER);
  const cy = Math.min(Math.max(y, CORNER), SIZE - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

/** The colour at a point of the 32×32 drawing, or undefined outside the rounded square. */
function colourAt(x: number, y: number): Rgb | undefined {
  if (!inSquare(x, y)) return undefined;
  let colour = RED;
  for (const layer of LAYERS) if (layer.shapes.some((s) => inside(s, x, y))) colour = layer.colour;
  return colour;
}

/** RGBA pixels of the drawing at `size`×`size`, each the mean of 4×4 samples (smooth edges). */
function render(size: number): Buffer {
  const n = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, covered] = [0, 0, 0, 0];
      for (let i = 0; i < n * n; i++) {
        const x = ((px + ((i % n) + 0.5) / n) * SIZE) / size;
        const y = ((py + (Math.floor(i / n) + 0.5) / n) * SIZE) / size;
        const c = colourAt(x, y);
        if (!c) continue;
        r += c[0];
        g += c[1];
        b += c[2];
        covered += 1;
      }
      const o = (py * size + px) * 4;
      if (covered === 0) continue;
      pixels[o] = Math.round(r / covered);
      pixels[o + 1] = Math.round(g / covered);
      pixels[o + 2] = Math.round(b / covered);
      pixels[o + 3] = Math.round((covered / (n * n)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG (8-bit RGBA, no filtering) of the drawing at `size`×`size`. */
export function faviconPng(size: number): Buffer {
  const pixels = render(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An ICO file with PNG images (as browsers since 2007 read them) of the given sizes. */
export function faviconIco(sizes: number[] = [16, 32]): Buffer {
  const images = sizes.map((size) => ({ size, png: faviconPng(size) }));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // an icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size % 256, e);
    header.writeUInt8(size % 256, e + 1);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

const WEEK = "public, max-age=604800";

/** `/favicon.ico` and `/favicon.svg`, cached for a week (their URLs are fixed, so not for a year). */
export async function faviconRoutes(app: FastifyInstance) {
  const files = [
    { url: "/favicon.ico", type: "image/x-icon", body: faviconIco() },
    { url: "/favicon.svg", type: "image/svg+xml", body: Buffer.from(FAVICON_SVG) },
  ];
  for (const file of files) {
    const etag = `"${createHash("sha256").update(file.body).digest("base64url").slice(0, 16)}"`;
    app.get(
      file.url,
      { schema: { hide: true }, config: { rateLimit: false } },
      async (request: FastifyRequest, reply: FastifyReply) => {
        reply.header("cache-control", WEEK).header("etag", etag).type(file.type);
        if (request.headers["if-none-match"] === etag) return reply.code(304).send();
        return reply.send(file.body);
      },
    );
  }
}
