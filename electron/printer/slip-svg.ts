import QRCode from 'qrcode';
import type { PaperDots, SlipBlock } from './slip-layout.ts';

const MARGIN = 8;
/** Noto Sans' mean advance over Vietnamese text, in em, with a margin so a line never runs off the paper. */
const ADVANCE_EM = { regular: 0.56, bold: 0.62 };

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** Breaks at spaces to fit `maxChars`; a word longer than a line is cut. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    let rest = word;
    while (rest.length > maxChars) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, maxChars));
      rest = rest.slice(maxChars);
      line = '';
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= maxChars) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The slip as SVG at the paper's width in dots, white background, black ink. */
export function slipSvg(blocks: SlipBlock[], width: PaperDots): string {
  const scale = width / 576;
  const body = Math.round(24 * scale);
  const heading = Math.round(30 * scale);
  const parts: string[] = [];
  let y = MARGIN;
  const textLines = (text: string, size: number, bold: boolean, indent: number, anchorMiddle: boolean) => {
    const maxChars = Math.floor((width - 2 * MARGIN - indent) / (size * (bold ? ADVANCE_EM.bold : ADVANCE_EM.regular)));
    for (const line of wrapText(text, maxChars)) {
      y += Math.round(size * 1.3);
      const x = anchorMiddle ? width / 2 : MARGIN + indent;
      parts.push(
        `<text x="${x}" y="${y - Math.round(size * 0.3)}" font-size="${size}"${bold ? ' font-weight="700"' : ''}${anchorMiddle ? ' text-anchor="middle"' : ''}>${escapeXml(line)}</text>`,
      );
    }
  };
  for (const block of blocks) {
    if (block.kind === 'heading') textLines(block.text, heading, true, 0, true);
    else if (block.kind === 'text') textLines(block.text, body, block.bold === true, block.indent ? body : 0, false);
    else if (block.kind === 'rule') {
      y += Math.round(body * 0.6);
      parts.push(`<rect x="${MARGIN}" y="${y}" width="${width - 2 * MARGIN}" height="2"/>`);
      y += Math.round(body * 0.6);
    } else {
      const qr = QRCode.create(block.data, { errorCorrectionLevel: 'M' }).modules;
      const module = Math.max(2, Math.floor((width * 0.5) / (qr.size + 8)));
      const left = Math.round((width - module * qr.size) / 2);
      y += module * 4;
      for (let row = 0; row < qr.size; row++) {
        for (let col = 0; col < qr.size; col++) {
          if (qr.data[row * qr.size + col]) parts.push(`<rect x="${left + col * module}" y="${y + row * module}" width="${module}" height="${module}"/>`);
        }
      }
      y += module * (qr.size + 2);
      textLines(block.caption, Math.round(body * 0.85), false, 0, true);
    }
  }
  const height = y + MARGIN * 3;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#fff"/><g fill="#000" font-family="Noto Sans">${parts.join('')}</g></svg>`;
}
