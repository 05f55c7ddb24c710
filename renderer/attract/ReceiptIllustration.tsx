import { memo } from 'react';
import './ReceiptIllustration.css';

const QR = ['1111111010111', '1000001011001', '1011101001101', '1011101110101', '1011101010011', '1000001001110', '1111111010101', '0000000011010', '1101011100111', '0110100101001', '1011011010111', '0100110011010', '1110101101101'];
const BARS = [3, 1, 2, 1, 1, 3, 1, 2, 2, 1, 1, 1, 3, 2, 1, 1, 2, 3, 1, 1, 2, 1, 3, 1, 2, 1, 1, 2];

/**
 * The receipt and appointment slip as a citizen holds it, with the dossier code's barcode and
 * QR code ringed and labelled. Its words come in as props (from the i18n catalogue).
 */
export const ReceiptIllustration = memo(function ReceiptIllustration({ title, codeHere }: { title: string; codeHere: string }) {
  let x = 40;
  const bars = BARS.map((w, i) => {
    const bar = i % 2 === 0 ? <rect key={i} x={x} y={246} width={w * 2.6} height={46} /> : null;
    x += w * 2.6;
    return bar;
  });
  return (
    <svg className="receipt-illustration" viewBox="0 0 320 400" aria-hidden="true" focusable="false">
      <rect className="receipt-illustration__paper" x="14" y="10" width="292" height="380" rx="10" />
      <rect className="receipt-illustration__line" x="34" y="32" width="96" height="8" rx="4" />
      <rect className="receipt-illustration__line" x="44" y="46" width="76" height="6" rx="3" />
      <rect className="receipt-illustration__line" x="178" y="32" width="110" height="8" rx="4" />
      <rect className="receipt-illustration__line" x="196" y="46" width="76" height="6" rx="3" />
      <text className="receipt-illustration__title" x="160" y="92" textAnchor="middle">
        {title}
      </text>
      <rect className="receipt-illustration__line" x="34" y="112" width="252" height="7" rx="3.5" />
      <rect className="receipt-illustration__line" x="34" y="128" width="210" height="7" rx="3.5" />
      <rect className="receipt-illustration__line" x="34" y="144" width="232" height="7" rx="3.5" />
      <g className="receipt-illustration__code">
        <g transform="translate(40 172)">
          {QR.flatMap((row, r) => [...row].map((cell, c) => (cell === '1' ? <rect key={`${r}-${c}`} x={c * 5} y={r * 5} width="5" height="5" /> : null)))}
        </g>
        <rect className="receipt-illustration__line" x="118" y="178" width="150" height="9" rx="4.5" />
        <rect className="receipt-illustration__line" x="118" y="196" width="120" height="7" rx="3.5" />
        <rect className="receipt-illustration__line" x="118" y="212" width="136" height="7" rx="3.5" />
        {bars}
      </g>
      <rect className="receipt-illustration__ring" x="26" y="160" width="268" height="146" rx="16" />
      <rect className="receipt-illustration__line" x="34" y="330" width="180" height="7" rx="3.5" />
      <rect className="receipt-illustration__line" x="34" y="346" width="140" height="7" rx="3.5" />
      <g className="receipt-illustration__tag" transform="translate(160 312)">
        <rect x="-130" y="-17" width="260" height="34" rx="17" />
        <text x="0" y="7" textAnchor="middle">
          {codeHere}
        </text>
      </g>
    </svg>
  );
});
