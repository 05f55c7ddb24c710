/**
 * The agencies a fictional district server of Bình Lam province serves ("district server" is
 * only the technical name: since 1 July 2025 there are no districts): phường Sông Mây, the demo
 * data's site, its land registration branch and neighbouring communes, with QCVN 102:2016
 * codes. Weights are each agency's share of daily receipts.
 */
export type AgencyKind = 'ward' | 'land-office' | 'commune';

export interface Agency {
  code: string;
  name: string;
  kind: AgencyKind;
  weight: number;
}

export const AGENCIES: readonly Agency[] = [
  { code: '000.00.12.H53', name: 'Ủy ban nhân dân phường Sông Mây', kind: 'ward', weight: 6 },
  { code: '000.12.12.H53', name: 'Chi nhánh Văn phòng đăng ký đất đai khu vực Sông Mây', kind: 'land-office', weight: 5 },
  { code: '000.21.12.H53', name: 'Ủy ban nhân dân xã Bến Mây', kind: 'commune', weight: 4 },
  { code: '000.22.12.H53', name: 'Ủy ban nhân dân xã Suối Ngọc', kind: 'commune', weight: 3 },
  { code: '000.23.12.H53', name: 'Ủy ban nhân dân xã Phú Vân', kind: 'commune', weight: 3 },
  { code: '000.24.12.H53', name: 'Ủy ban nhân dân xã Đá Bạc', kind: 'commune', weight: 2 },
  { code: '000.25.12.H53', name: 'Ủy ban nhân dân xã Cẩm Hà', kind: 'commune', weight: 2 },
  { code: '000.26.12.H53', name: 'Ủy ban nhân dân xã Hòa Lam', kind: 'commune', weight: 2 },
  { code: '000.27.12.H53', name: 'Ủy ban nhân dân xã Tân Mây', kind: 'commune', weight: 2 },
];

export const RESULT_COUNTERS_PER_AGENCY = 4;

export const resultCounterName = (counter: number): string => `Quầy số ${counter}, Bộ phận Một cửa`;
