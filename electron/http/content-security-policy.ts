/**
 * The same strict policy in Electron (custom protocol) and over loopback HTTP. The camera
 * scanner's decoder is WebAssembly run in a worker, both from the kiosk's own files:
 * 'wasm-unsafe-eval' lets WebAssembly compile and nothing else (no eval of JavaScript).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
