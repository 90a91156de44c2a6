/** The fields of a record that {@link resolveSupersedes} reads. @category Aggregate */
export interface CorrectableRecord {
  /** The record's id (needed only on records that are corrected). */
  readonly id?: string | undefined;
  /** The KPI's id. */
  readonly kpiId: string;
  /** The subject's id. */
  readonly subjectId: string;
  /** The id of the record this one corrects. */
  readonly supersedes?: string | undefined;
  /** When the record was recorded (epoch ms); breaks ties between two corrections of one record. */
  readonly recordedAt?: number | string | Date | undefined;
}
