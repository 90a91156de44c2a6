import { labelOf } from "../../model/labels.js";
import type { Locale } from "../../model/localizedText.js";
import { reportLabel } from "../reportLabel.js";
import type { ReportStatusValue } from "../reportModel.js";

/**
 * Returns a report status in words: the model's RAG label, or "no target" for a value with nothing to score it
 * against (internal: shared by the report builder and the heat map).
 *
 * @example
 * ```ts
 * [statusText("no_target", "lv"), statusText("no_data", "lv")];
 * //=> ["nav mērķa", "nav datu"]
 * ```
 *
 * @param status - The status.
 * @param locale - `"lv"` or `"en"`.
 * @returns The words.
 */
export function statusText(status: ReportStatusValue, locale: Locale): string {
  return status === "no_target" ? reportLabel("status_no_target", locale) : labelOf("ragStatus", status, locale);
}
