const PORTAL_PROCEDURE_PAGE = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html';

/**
 * The dossier lookup (Tra cứu hồ sơ) of the National Public Service Portal, for a receipt of
 * another agency: it finds a dossier of any agency in the country by its code, which the
 * citizen types there (the page takes no code in its address).
 */
export const NATIONAL_DOSSIER_LOOKUP_URL = 'https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html';

/**
 * The procedure's page on the National Public Service Portal (Cổng Dịch vụ công quốc gia),
 * for the citizen's phone (the detail screen's QR and the printed checklist). The kiosk itself never opens it.
 */
export function portalProcedureUrl(code: string): string {
  return `${PORTAL_PROCEDURE_PAGE}?ma_thu_tuc=${encodeURIComponent(code.trim())}`;
}
