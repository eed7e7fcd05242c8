/**
 * Draws the app's home-screen icons (static/icons/): the favicon's white "B" on its red square, as
 * PNGs in the sizes phones ask for (192 and 512 px) and a maskable 512 px one whose letter stays
 * inside the central circle a launcher may crop to (the inner 80 %). `npm run icons` rewrites them.
 *
 * No image library: the letter is a few rounded rectangles, sampled 4×4 per pixel for smooth
 * edges, and the PNG is written by hand (8-bit RGBA, zlib from Node, CRC-32 per chunk).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const red = [0xb4, 0x23, 0x2a];
const white = [0xff, 0xff, 0xff];

/** Inside a rectangle [x0,x1]×[y0,y1] with corners rounded to r (unit coordinates). */
function inRoundedRect(
	x: number,
	y: number,
	x0: number,
	y0: number,
	x1: number,
	y1: number,
	r: number
): boolean {
	if (x < x0 || x > x1 || y < y0 || y > y1) return false;
	const cx = Math.min(Math.max(x, x0 + r), x1 - r);
	const cy = Math.min(Math.max(y, y0 + r), y1 - r);
	return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The letter B in a unit box: a stem and two bowls, each bowl a rounded ring. */
function inLetter(x: number, y: number): boolean {
	if (x >= 0.18 && x <= 0.38 && y >= 0.1 && y <= 0.9) return true;
	const upper =
		inRoundedRect(x, y, 0.18, 0.1, 0.74, 0.52, 0.2) &&
		!inRoundedRect(x, y, 0.38, 0.26, 0.56, 0.37, 0.05);
	const lower =
		inRoundedRect(x, y, 0.18, 0.46, 0.82, 0.9, 0.22) &&
		!inRoundedRect(x, y, 0.38, 0.61, 0.62, 0.75, 0.06);
	return upper || lower;
}

/**
 * RGBA pixels of one icon. `letter` is the share of the side the letter's box takes; `rounded`
 * gives the square the favicon's rounded corners (a maskable icon is full-bleed instead).
 */
function draw(size: number, letter: number, rounded: boolean): Buffer {
	const pixels = Buffer.alloc(size * size * 4);
	const samples = 4;
	const margin = (1 - letter) / 2;
	for (let py = 0; py < size; py++) {
		for (let px = 0; px < size; px++) {
			let background = 0;
			let ink = 0;
			for (let sy = 0; sy < samples; sy++) {
				for (let sx = 0; sx < samples; sx++) {
					const u = (px + (sx + 0.5) / samples) / size;
					const v = (py + (sy + 0.5) / samples) / size;
					if (rounded && !inRoundedRect(u, v, 0, 0, 1, 1, 0.19)) continue;
					background += 1;
					if (inLetter((u - margin) / letter, (v - margin) / letter)) ink += 1;
				}
			}
			const i = (py * size + px) * 4;
			const share = background === 0 ? 0 : ink / background;
			for (let c = 0; c < 3; c++)
				pixels[i + c] = Math.round(red[c] * (1 - share) + white[c] * share);
			pixels[i + 3] = Math.round((background / samples ** 2) * 255);
		}
	}
	return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(buffer: Buffer): number {
	let c = 0xffffffff;
	for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** A PNG file of `size`×`size` RGBA pixels (colour type 6, no interlace, filter 0 on every row). */
function encodePng(size: number, pixels: Buffer): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 6, 0, 0, 0], 8);
	const rows = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++)
		pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

const icons = [
	{ file: 'icon-192.png', size: 192, letter: 0.62, rounded: true },
	{ file: 'icon-512.png', size: 512, letter: 0.62, rounded: true },
	// The letter's box is 48 % of the side, well inside the safe circle (diameter 80 %).
	{ file: 'maskable-512.png', size: 512, letter: 0.48, rounded: false }
];

const folder = new URL('../static/icons/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const { file, size, letter, rounded } of icons) {
	writeFileSync(new URL(file, folder), encodePng(size, draw(size, letter, rounded)));
	console.log(`static/icons/${file}: ${size}×${size}`);
}
