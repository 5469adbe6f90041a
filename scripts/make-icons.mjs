// Renders resources/icon.svg into every icon file the app and its installers use:
//   resources/icons/<N>x<N>.png  16 ... 512 (Linux packages take the folder; the window takes icon.png)
//   resources/icon.png            512 px (the window; macOS builds its .icns from it)
//   resources/icon.ico            16, 24, 32, 48, 64, 128, 256 (Windows: the installer and the .exe)
// resvg renders the SVG the same on every machine (no system libraries or fonts); png-to-ico packs
// the .ico. The outputs are committed: `npm run icons` only after changing the SVG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';

const resources = fileURLToPath(new URL('../resources/', import.meta.url));
const svg = readFileSync(`${resources}icon.svg`);
const pngSizes = [16, 32, 48, 64, 128, 256, 512];
const icoSizes = [16, 24, 32, 48, 64, 128, 256];

const render = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

mkdirSync(`${resources}icons`, { recursive: true });
for (const size of pngSizes) writeFileSync(`${resources}icons/${size}x${size}.png`, render(size));
writeFileSync(`${resources}icon.png`, render(512));
writeFileSync(`${resources}icon.ico`, await pngToIco(icoSizes.map(render)));
console.log(`icons written to ${resources}: ${pngSizes.join(', ')} px PNG, icon.png, icon.ico`);
