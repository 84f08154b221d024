/**
 * Draws the demo shop's product images: one flat illustration per demo category (the catalog seed's
 * 16 leaf categories, `subgraphs/catalog/src/seed.ts`) in two views, as SVG rendered to WebP with
 * sharp. The output is committed in infra/demo-images (our own drawings: no licence to track), so
 * `npm start` needs no network; re-run after changing a drawing:
 *
 *   node infra/src/demo/generate-images.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

export const DEMO_IMAGE_DIR = fileURLToPath(new URL('../../demo-images/', import.meta.url));
const SIZE = 800;

/** Each leaf category's silhouette, drawn on a 400×400 canvas centred at 200,200. */
const DRAWINGS: Record<string, (ink: string, accent: string) => string> = {
  't-shirts': (ink, accent) =>
    `<path d="M140 90 L100 110 L60 170 L105 195 L125 170 L125 320 L275 320 L275 170 L295 195 L340 170 L300 110 L260 90 Q200 130 140 90 Z" fill="${ink}"/>
     <path d="M160 92 Q200 120 240 92" stroke="${accent}" stroke-width="8" fill="none"/>`,
  hoodies: (ink, accent) =>
    `<path d="M150 95 Q200 40 250 95 L300 115 L340 250 L300 262 L280 190 L280 330 L120 330 L120 190 L100 262 L60 250 L100 115 Z" fill="${ink}"/>
     <path d="M165 100 Q200 150 235 100" fill="${accent}"/><rect x="150" y="250" width="100" height="40" rx="12" fill="${accent}" opacity="0.6"/>`,
  jackets: (ink, accent) =>
    `<path d="M145 85 L100 105 L70 300 L115 310 L125 180 L125 335 L275 335 L275 180 L285 310 L330 300 L300 105 L255 85 L200 160 Z" fill="${ink}"/>
     <line x1="200" y1="160" x2="200" y2="335" stroke="${accent}" stroke-width="6"/>
     <circle cx="215" cy="200" r="6" fill="${accent}"/><circle cx="215" cy="250" r="6" fill="${accent}"/><circle cx="215" cy="300" r="6" fill="${accent}"/>`,
  trousers: (ink, accent) =>
    `<path d="M135 70 L265 70 L285 340 L220 340 L200 160 L180 340 L115 340 Z" fill="${ink}"/>
     <rect x="135" y="70" width="130" height="22" fill="${accent}"/>`,
  sneakers: (ink, accent) =>
    `<path d="M70 250 Q80 170 140 160 L190 200 Q260 215 320 230 Q345 240 340 270 L70 270 Z" fill="${ink}"/>
     <rect x="65" y="268" width="280" height="22" rx="10" fill="${accent}"/>
     <path d="M150 185 L175 175 M165 200 L190 190 M180 214 L205 204" stroke="${accent}" stroke-width="6"/>`,
  boots: (ink, accent) =>
    `<path d="M140 80 L230 80 L230 230 Q300 235 320 270 L320 300 L130 300 Z" fill="${ink}"/>
     <rect x="125" y="295" width="200" height="22" rx="6" fill="${accent}"/><rect x="140" y="80" width="90" height="18" fill="${accent}"/>`,
  sandals: (ink, accent) =>
    `<ellipse cx="200" cy="280" rx="140" ry="28" fill="${accent}"/>
     <path d="M110 270 Q150 190 200 270 M180 270 Q230 180 280 270" stroke="${ink}" stroke-width="20" fill="none"/>`,
  slippers: (ink, accent) =>
    `<ellipse cx="200" cy="260" rx="150" ry="48" fill="${ink}"/>
     <path d="M90 250 Q120 170 220 190 Q250 200 255 250 Z" fill="${accent}"/>`,
  bags: (ink, accent) =>
    `<path d="M150 150 Q150 80 200 80 Q250 80 250 150" stroke="${accent}" stroke-width="14" fill="none"/>
     <rect x="100" y="140" width="200" height="190" rx="24" fill="${ink}"/><rect x="185" y="190" width="30" height="22" rx="4" fill="${accent}"/>`,
  hats: (ink, accent) =>
    `<ellipse cx="200" cy="260" rx="160" ry="32" fill="${ink}"/>
     <path d="M120 260 Q120 120 200 120 Q280 120 280 260 Z" fill="${ink}"/><rect x="122" y="220" width="156" height="22" fill="${accent}"/>`,
  belts: (ink, accent) =>
    `<rect x="40" y="180" width="320" height="44" rx="10" fill="${ink}"/>
     <rect x="160" y="165" width="70" height="74" rx="8" fill="none" stroke="${accent}" stroke-width="12"/>
     <circle cx="290" cy="202" r="6" fill="${accent}"/><circle cx="320" cy="202" r="6" fill="${accent}"/>`,
  scarves: (ink, accent) =>
    `<path d="M110 110 Q200 170 290 110 L290 160 Q200 220 110 160 Z" fill="${ink}"/>
     <path d="M230 170 L270 340 L220 340 L195 190 Z" fill="${ink}"/>
     <path d="M222 340 L222 360 M238 340 L238 360 M254 340 L254 360 M268 340 L268 360" stroke="${accent}" stroke-width="6"/>`,
  mugs: (ink, accent) =>
    `<rect x="110" y="120" width="160" height="200" rx="18" fill="${ink}"/>
     <path d="M270 160 Q340 160 340 220 Q340 280 270 280" stroke="${ink}" stroke-width="22" fill="none"/>
     <path d="M150 100 Q140 80 155 60 M190 100 Q180 80 195 60" stroke="${accent}" stroke-width="6" fill="none"/>`,
  posters: (ink, accent) =>
    `<rect x="110" y="60" width="180" height="260" fill="#ffffff" stroke="${ink}" stroke-width="10"/>
     <circle cx="200" cy="150" r="45" fill="${accent}"/><path d="M125 300 L185 210 L225 260 L250 230 L280 300 Z" fill="${ink}"/>`,
  blankets: (ink, accent) =>
    `<rect x="70" y="110" width="260" height="200" rx="14" fill="${ink}"/>
     <path d="M70 150 H330 M70 190 H330 M70 230 H330 M70 270 H330" stroke="${accent}" stroke-width="10"/>
     <path d="M110 110 V310 M170 110 V310 M230 110 V310 M290 110 V310" stroke="${accent}" stroke-width="4" opacity="0.6"/>`,
  candles: (ink, accent) =>
    `<rect x="140" y="170" width="120" height="160" rx="10" fill="${ink}"/>
     <line x1="200" y1="170" x2="200" y2="145" stroke="#333" stroke-width="4"/>
     <path d="M200 80 Q225 120 200 145 Q175 120 200 80 Z" fill="${accent}"/>`,
};

/** The leaf categories in the seed's order: product p belongs to `DEMO_IMAGE_CATEGORIES[p % 16]`. */
export const DEMO_IMAGE_CATEGORIES = Object.keys(DRAWINGS);

const PALETTES = [
  { ink: '#264653', accent: '#e9c46a', background: ['#f4f1ea', '#e6e0d4'] },
  { ink: '#9b2226', accent: '#ee9b00', background: ['#eef3f7', '#d5e2ec'] },
  { ink: '#2a9d8f', accent: '#264653', background: ['#fbf3e4', '#f1dfc0'] },
  { ink: '#3d405b', accent: '#e07a5f', background: ['#f0efeb', '#ddd9cf'] },
];

/** `<category>-<view>.webp`: view 1 the whole product, view 2 a closer look on another backdrop. */
export const demoImageFile = (category: string, view: 1 | 2) => `${category}-${view}.webp`;

function svgOf(category: string, index: number, view: 1 | 2): string {
  const palette = PALETTES[(index + view - 1) % PALETTES.length]!;
  const drawing = DRAWINGS[category]!(palette.ink, palette.accent);
  // the second view is a close-up: scaled up around the centre, slightly turned
  const transform = view === 1 ? '' : 'translate(200 200) rotate(-8) scale(1.35) translate(-200 -200)';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 400 400">
    <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${palette.background[0]}"/><stop offset="1" stop-color="${palette.background[1]}"/>
    </linearGradient></defs>
    <rect width="400" height="400" fill="url(#bg)"/>
    <ellipse cx="200" cy="350" rx="140" ry="14" fill="#000" opacity="0.08"/>
    <g transform="${transform}">${drawing}</g>
  </svg>`;
}

export async function generateDemoImages(directory = DEMO_IMAGE_DIR): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const written: string[] = [];
  for (const [index, category] of DEMO_IMAGE_CATEGORIES.entries()) {
    for (const view of [1, 2] as const) {
      const webp = await sharp(Buffer.from(svgOf(category, index, view)))
        .webp({ quality: 80 })
        .toBuffer();
      const file = join(directory, demoImageFile(category, view));
      await writeFile(file, webp);
      written.push(file);
    }
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await generateDemoImages();
  console.log(`wrote ${files.length} images to ${DEMO_IMAGE_DIR}`);
}
