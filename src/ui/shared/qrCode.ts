// A QR code drawn as SVG elements (no HTML strings), with the quiet zone scanners need.
import { encode } from 'uqr';

export function qrCode(text: string, label: string): SVGSVGElement {
  const { size, data } = encode(text, { ecc: 'M' });
  const quiet = 4;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size + 2 * quiet} ${size + 2 * quiet}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr');
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('width', String(size + 2 * quiet));
  background.setAttribute('height', String(size + 2 * quiet));
  background.setAttribute('fill', '#fff');
  svg.appendChild(background);
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x + quiet} ${y + quiet}h1v1h-1z`)));
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.appendChild(path);
  return svg;
}
