import { z } from 'zod';

const text = z.string().default('');

/**
 * One line of the national procedure database's export (procedures-national.jsonl), with
 * the portal's labels in snake_case. Only the code, name and field are required: every
 * other text may be missing and is then treated as "no information".
 */
export const NationalProcedureLine = z.object({
  ma_thu_tuc: z.string().trim().min(1).max(32),
  ten_thu_tuc: z.string().trim().min(1),
  linh_vuc: z.string().trim().min(1),
  cap_thuc_hien: text,
  loai_thu_tuc: text,
  doi_tuong_thuc_hien: text,
  trinh_tu_thuc_hien: text,
  cach_thuc_thuc_hien: text,
  thanh_phan_ho_so: text,
  can_cu_phap_ly: text,
  ket_qua_xu_ly: text,
  yeu_cau_dieu_kien: text,
  co_quan_thuc_hien: text,
  co_quan_co_tham_quyen: text,
});
export type NationalProcedureLine = z.infer<typeof NationalProcedureLine>;
