const PORTAL_PROCEDURE_PAGE = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html';

/**
 * The procedure's page on the National Public Service Portal (Cổng Dịch vụ công quốc gia),
 * for the citizen's phone (the detail screen's QR and the printed checklist). The kiosk itself never opens it.
 */
export function portalProcedureUrl(code: string): string {
  return `${PORTAL_PROCEDURE_PAGE}?ma_thu_tuc=${encodeURIComponent(code.trim())}`;
}
