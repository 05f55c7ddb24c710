import { t } from '../../shared/i18n/index.ts';

export interface OutOfServiceDetails {
  /** What went wrong, for the technician: `renderer crashed (oom, exit 133)`, `host: …`. */
  what: string;
  /** How many times it happened in the recent window. */
  times: number;
  windowMinutes: number;
  /** When the kiosk tries again. */
  retryAt: Date;
  version: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const clock = (at: Date): string =>
  at.toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/**
 * The page the main process shows when the kiosk UI keeps failing or the host cannot start:
 * no script, no remote content, its own CSP; the main process reloads the kiosk on its own
 * schedule. Citizens read the usual out-of-service words; the technician reads what happened.
 */
export function outOfServicePageHtml(details: OutOfServiceDetails): string {
  const techVi = `Cho cán bộ kỹ thuật: ${details.what}, ${details.times} lần trong ${details.windowMinutes} phút qua. Máy tự thử lại lúc ${clock(details.retryAt)}. Phiên bản ${details.version}.`;
  const techEn = `For the technician: ${details.what}, ${details.times} time(s) in the last ${details.windowMinutes} minutes. The kiosk tries again by itself at ${clock(details.retryAt)}. Version ${details.version}.`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(t('vi', 'error.outOfService.title'))}</title>
<style>
html,body{margin:0;height:100%;background:#0f2742;color:#fff;font-family:"Noto Sans",sans-serif}
main{box-sizing:border-box;height:100%;display:flex;flex-direction:column;justify-content:center;padding:6vmin;gap:3vmin}
h1{font-size:6vmin;margin:0}p{font-size:3.6vmin;line-height:1.4;margin:0}
.en{opacity:.85}.tech{font-size:2.4vmin;opacity:.8;border-top:1px solid #ffffff55;padding-top:2vmin}
</style></head>
<body><main data-testid="recovery-out-of-service">
<h1>${escapeHtml(t('vi', 'error.outOfService.title'))}</h1>
<p>${escapeHtml(t('vi', 'error.outOfService.body'))}</p>
<p class="en" lang="en">${escapeHtml(t('en', 'error.outOfService.body'))}</p>
<p class="tech">${escapeHtml(techVi)}</p>
<p class="tech" lang="en">${escapeHtml(techEn)}</p>
</main></body></html>`;
}

export function outOfServicePageUrl(details: OutOfServiceDetails): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(outOfServicePageHtml(details))}`;
}
