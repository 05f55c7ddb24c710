import type { OwedFee } from '../../../shared/contract/index.ts';
import { optionalDate } from './national-dates.ts';
import { readFees } from './national-fees.ts';
import { clip, fail, flag, isObject, objectList, optionalText, shown } from './national-fields.ts';

/**
 * DanhSachHoSoBoSung, the supplement requests of a dossier (VietOpenCPS
 * createSyncDossierBodyRequest; HuanVu201 SyncDataToDVCQG.HoSoBoSung): NoiDungBoSung (what to
 * supplement, in the officer's words), NgayBoSung (when it was asked), TrangThaiBoSung and
 * NgayTiepNhanBoSung (whether and when the documents came in), DanhSachGiayToBoSung (the
 * documents), DanhSachLePhiBoSung (extra fees), NgayHenTraTruoc / NgayHenTraMoi (the due date
 * before the request and the new one). NguoiYeuCauBoSung and NguoiTiepNhanBoSung are officers'
 * names and ThongTinTiepNhan is free text about the hand-over: none of them is read.
 */
export interface SupplementRequest {
  requestedAt: number | null;
  receivedAt: number | null;
  received: boolean;
  note: string | null;
  documents: string[];
  fees: OwedFee[];
  feesListed: number;
  newDueAt: number | null;
}

const MAX_DOCUMENTS = 50;

/** A document of DanhSachGiayToBoSung: its name as TenGiayTo, TenTepDinhKem, or plain text. */
function documentNames(field: string, value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (!Array.isArray(value)) return fail(field, 'not a list');
  const names: string[] = [];
  value.forEach((item: unknown, i) => {
    const path = `${field}[${i}]`;
    if (item === null) return;
    const name = typeof item === 'string' ? optionalText(path, item) : isObject(item) ? (optionalText(`${path}.TenGiayTo`, item.TenGiayTo) ?? optionalText(`${path}.TenTepDinhKem`, item.TenTepDinhKem)) : fail(path, `${shown(item)} is not a document`);
    if (name) names.push(clip(name, 300));
  });
  return names.slice(0, MAX_DOCUMENTS);
}

/** The requests, oldest first (by NgayBoSung; the portal's order where it is missing or equal). */
export function readSupplementRequests(value: unknown): SupplementRequest[] {
  const requests = objectList('DanhSachHoSoBoSung', value).map(({ item, path }) => {
    const receivedAt = optionalDate(`${path}.NgayTiepNhanBoSung`, item.NgayTiepNhanBoSung) ?? null;
    const fees = readFees(`${path}.DanhSachLePhiBoSung`, item.DanhSachLePhiBoSung);
    const note = optionalText(`${path}.NoiDungBoSung`, item.NoiDungBoSung) ?? null;
    return {
      requestedAt: optionalDate(`${path}.NgayBoSung`, item.NgayBoSung) ?? null,
      receivedAt,
      received: flag(item.TrangThaiBoSung) || receivedAt !== null,
      note: note === null ? null : clip(note, 1000),
      documents: documentNames(`${path}.DanhSachGiayToBoSung`, item.DanhSachGiayToBoSung),
      fees: fees.owed,
      feesListed: fees.listed,
      newDueAt: optionalDate(`${path}.NgayHenTraMoi`, item.NgayHenTraMoi) ?? null,
    };
  });
  return requests
    .map((request, order) => ({ request, order }))
    .sort((a, b) => (a.request.requestedAt ?? -Infinity) - (b.request.requestedAt ?? -Infinity) || a.order - b.order)
    .map(({ request }) => request);
}

/**
 * The request the citizen has to answer: the latest one not yet received. While the dossier
 * waits for documents (status 5) and every request is marked received, the latest one.
 */
export function openRequest(requests: readonly SupplementRequest[], awaitingDocuments: boolean): SupplementRequest | undefined {
  const latest = requests.at(-1);
  if (latest && !latest.received) return latest;
  return awaitingDocuments ? latest : undefined;
}

/**
 * The due date that holds. While documents are awaited the old one no longer does: the open
 * request's NgayHenTraMoi, or none. Otherwise the NgayHenTraMoi of the latest request that set
 * one, or NgayHenTra when no request did.
 */
export function dueDate(dueAt: number | null | undefined, requests: readonly SupplementRequest[], awaitingDocuments: boolean): number | null | undefined {
  if (awaitingDocuments) return openRequest(requests, true)?.newDueAt ?? null;
  const renewed = [...requests].reverse().find((r) => r.newDueAt !== null);
  return renewed ? renewed.newDueAt : dueAt;
}
