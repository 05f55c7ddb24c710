import type { DossierRecord } from '../../shared/contract/dossier.ts';
import { ByteWriter } from './byte-writer.ts';
import { corruptRow } from './compact-json.ts';
import type { CompactPageWriter } from './compact-json.ts';
import { corruptRecord } from './corrupt-record.ts';
import type { DistrictData } from './district-data.ts';
import { kioskDossierJson, writeKioskDossier } from './kiosk-json.ts';
import { nationalDossier } from './national-dossier.ts';

export type DossierFormat = 'kiosk' | 'national';

/** Dossiers as the simulator publishes them, in the kiosk's own format or the national one. */
export class DossierOutput {
  constructor(
    private readonly data: DistrictData,
    readonly format: DossierFormat,
  ) {}

  /** The dossier in the kiosk's format, whichever format is published. */
  record(index: number): DossierRecord {
    return JSON.parse(kioskDossierJson(this.data.dossier(index))) as DossierRecord;
  }

  private published(index: number): Record<string, unknown> {
    const d = this.data.dossier(index);
    const record = JSON.parse(kioskDossierJson(d)) as DossierRecord;
    return this.format === 'kiosk' ? record : nationalDossier(d, record);
  }

  /** Writes the dossier as published; a `damage` variant makes it schema-invalid (corrupt-record.ts). */
  write(w: ByteWriter, index: number, damage?: number): void {
    if (this.format === 'kiosk' && damage === undefined) {
      writeKioskDossier(w, this.data.dossier(index));
      return;
    }
    const item = this.published(index);
    w.bytes(Buffer.from(JSON.stringify(damage === undefined ? item : corruptRecord(item, this.format, damage))));
  }

  /** Writes the dossier as a compact row (kiosk format only); `damage` as in `write`. */
  writeRow(rows: CompactPageWriter, index: number, damage?: number): void {
    if (damage === undefined) rows.row(this.data.dossier(index));
    else rows.rawRow(corruptRow(rows.recordRow(this.record(index)), damage));
  }

  json(index: number, damage?: number): Buffer {
    const w = new ByteWriter(4096);
    this.write(w, index, damage);
    return Buffer.from(w.view());
  }
}
