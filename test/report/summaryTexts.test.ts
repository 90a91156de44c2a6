import { describe, expect, it } from "vitest";
import { noDataText } from "../../src/report/_lib/summaryTexts.js";
import { reportLabel } from "../../src/report/reportLabel.js";
import type { ReportLabelKey } from "../../src/report/reportLabels.js";

const t = (key: ReportLabelKey, values: Readonly<Record<string, string | number>> = {}) => reportLabel(key, "en", values);

describe("noDataText", () => {
  it("matches the documented example", () => {
    expect([noDataText(3, 1, t), noDataText(3, 0, t)]).toEqual(["3 (of them not scored: 1)", "3"]);
  });
});
