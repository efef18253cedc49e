// Regenerates the packaging icons in build/ from build/icon.svg (run it after
// editing the SVG; the PNGs are committed so packaging needs no extra tool).
// electron-builder converts icon.png into the .ico (Windows) and .icns (macOS)
// it needs, so one 512×512 PNG serves every platform; the Linux set gives the
// desktop file crisp sizes instead of a downscaled 512 px image.
import sharp from 'sharp';
import { mkdirSync, readFileSync } from 'node:fs';

const svg = readFileSync('build/icon.svg');
await sharp(svg, { density: 144 }).resize(512, 512).png().toFile('build/icon.png');
mkdirSync('build/icons', { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  await sharp(svg, { density: 144 })
    .resize(size, size)
    .png()
    .toFile(`build/icons/${size}x${size}.png`);
}
console.log('build/icon.png and build/icons/*.png written');
