import { memo } from 'react';
import './ScanIllustration.css';

const QR_CELLS = [
  '1111111010111',
  '1000001011001',
  '1011101001101',
  '1011101110101',
  '1011101010011',
  '1000001001110',
  '1111111010101',
  '0000000011010',
  '1101011100111',
  '0110100101001',
  '1011011010111',
  '0100110011010',
  '1110101101101',
];

const BARS = [3, 1, 2, 1, 1, 3, 1, 2, 2, 1, 1, 1, 3, 2, 1, 1, 2, 3, 1, 1, 2, 1, 3, 1];

/** A receipt with its barcode and QR code under a scanner's beam (decorative). */
export const ScanIllustration = memo(function ScanIllustration() {
  let x = 24;
  const bars = BARS.map((w, i) => {
    const bar = i % 2 === 0 ? <rect key={i} x={x} y={180} width={w * 2.4} height={46} fill="#111827" /> : null;
    x += w * 2.4;
    return bar;
  });
  return (
    <svg className="scan-illustration" viewBox="0 0 300 260" aria-hidden="true" focusable="false">
      <rect x="10" y="18" width="200" height="232" rx="10" fill="#fff" stroke="#0b2e6b" strokeWidth="4" />
      <rect x="24" y="36" width="120" height="10" rx="5" fill="#c7ccd6" />
      <rect x="24" y="56" width="160" height="8" rx="4" fill="#dce7fa" />
      <rect x="24" y="72" width="140" height="8" rx="4" fill="#dce7fa" />
      <g transform="translate(24 92)">
        {QR_CELLS.flatMap((row, r) =>
          [...row].map((cell, c) => (cell === '1' ? <rect key={`${r}-${c}`} x={c * 6.4} y={r * 6.4} width="6.4" height="6.4" fill="#111827" /> : null)),
        )}
      </g>
      <rect x="124" y="96" width="70" height="8" rx="4" fill="#dce7fa" />
      <rect x="124" y="112" width="56" height="8" rx="4" fill="#dce7fa" />
      <rect x="124" y="128" width="64" height="8" rx="4" fill="#dce7fa" />
      {bars}
      <g className="scan-illustration__scanner">
        <path d="M232 40h44a12 12 0 0 1 12 12v60a12 12 0 0 1-12 12h-44Z" fill="#0b2e6b" />
        <rect x="270" y="118" width="16" height="100" rx="8" fill="#0b2e6b" />
        <path className="scan-illustration__beam" d="M232 58 24 120v110L232 106Z" fill="#c8102e" opacity="0.16" />
        <rect className="scan-illustration__line" x="20" y="150" width="196" height="5" rx="2.5" fill="#c8102e" />
      </g>
    </svg>
  );
});
