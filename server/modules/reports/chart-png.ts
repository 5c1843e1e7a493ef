// A PNG of a chart, for the DOCX: word processors without SVG support (LibreOffice 7 among them) show it.
// @napi-rs/canvas (a dependency, prebuilt for each platform) draws it; on a platform it has no build for,
// the fallback is a blank image, and the report's tables still hold every figure the chart shows.
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';

type Canvas = typeof import('@napi-rs/canvas');
let canvasModule: Promise<Canvas | null> | undefined;

function loadCanvas(): Promise<Canvas | null> {
  canvasModule ??= import('@napi-rs/canvas')
    .then((m) => {
      const fontsDir = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
      m.GlobalFonts.registerFromPath(path.join(fontsDir, 'Roboto-Regular.ttf'), 'Roboto');
      m.GlobalFonts.registerFromPath(path.join(fontsDir, 'Roboto-Medium.ttf'), 'Roboto');
      return m;
    })
    .catch(() => null);
  return canvasModule;
}

export async function renderChartPng(svg: string, width: number, height: number): Promise<Buffer> {
  const canvas = await loadCanvas();
  if (!canvas) return blankPng(width, height);
  try {
    const scale = 2;
    const image = await canvas.loadImage(Buffer.from(svg, 'utf8'));
    const surface = canvas.createCanvas(width * scale, height * scale);
    const context = surface.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width * scale, height * scale);
    context.drawImage(image, 0, 0, width * scale, height * scale);
    return surface.toBuffer('image/png');
  } catch {
    return blankPng(width, height);
  }
}

// A white PNG of the chart's size, written by hand (greyscale, 8 bits).
function blankPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 0xff)]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
