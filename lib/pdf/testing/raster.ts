import { execFileSync } from "node:child_process";

/**
 * One page of a PDF as pixels, through poppler's pdftoppm, for checks that
 * text extraction cannot make: where ink is, and what colour. Test support only.
 */
export type Rgb = readonly [number, number, number];

export interface Raster {
  /** Pixels per PDF point. */
  scale: number;
  width: number;
  height: number;
  /** The pixel at a position given in PDF points from the page's top left. */
  at(x: number, y: number): Rgb;
}

/** A part of a page, in PDF points from the page's top left. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function rasterPage(file: string, page: number, dpi = 144): Raster {
  return rasterRegion(file, page, null, dpi);
}

/**
 * Only a part of a page, at a resolution a whole page would be too large
 * for (600 dpi: 0.04 mm a pixel); positions are still page points.
 */
export function rasterRegion(file: string, page: number, box: Box | null, dpi = 600): Raster {
  const scale = dpi / 72;
  const x0 = box ? Math.floor(box.left * scale) : 0;
  const y0 = box ? Math.floor(box.top * scale) : 0;
  const crop = box ? ["-x", String(x0), "-y", String(y0), "-W", String(Math.ceil((box.right - box.left) * scale)), "-H", String(Math.ceil((box.bottom - box.top) * scale))] : [];
  const data = execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-r", String(dpi), ...crop, file], { maxBuffer: 128 * 1024 * 1024 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("pdftoppm did not write a PPM image");
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length;
  return {
    scale,
    width,
    height,
    at: (x, y) => {
      const [px, py] = [Math.round(x * scale) - x0, Math.round(y * scale) - y0];
      if (px < 0 || py < 0 || px >= width || py >= height) return [255, 255, 255];
      const i = offset + (py * width + px) * 3;
      return [data[i] ?? 255, data[i + 1] ?? 255, data[i + 2] ?? 255];
    },
  };
}

/** Red as print red reads on screen, edges softened by anti-aliasing included. */
export const isRed = ([r, g, b]: Rgb) => r > 200 && r - g > 100 && r - b > 100;
export const isDark = ([r, g, b]: Rgb) => r < 128 && g < 128 && b < 128;
/** The 草稿 watermark's pale grey (#b0b0b0 at 35 % on white), text over it excluded. */
export const isWatermarkGrey = ([r, g, b]: Rgb) => r > 170 && r < 245 && Math.abs(r - g) < 8 && Math.abs(r - b) < 8;

/**
 * The rows (in points, one pixel apart) between top and bottom in which the
 * share of pixels from left to right that pass the test is at least `share`.
 */
export function rowsWhere(raster: Raster, box: Box, test: (p: Rgb) => boolean, share: number): number[] {
  const step = 1 / raster.scale;
  const rows: number[] = [];
  for (let y = box.top; y <= box.bottom; y += step) {
    let hits = 0;
    let all = 0;
    for (let x = box.left; x <= box.right; x += step) {
      all++;
      if (test(raster.at(x, y))) hits++;
    }
    if (all > 0 && hits / all >= share) rows.push(y);
  }
  return rows;
}
