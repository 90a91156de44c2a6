import { describe, expect, it } from "vitest";
import { noDataText, statusCountText } from "../../src/report/_lib/summaryTexts.js";
import { reportLabel } from "../../src/report/reportLabel.js";
import type { ReportLabelKey } from "../../src/report/reportLabels.js";

const t = (key: ReportLabelKey, values: Readonly<Record<string, string | number>> = {}) => reportLabel(key, "en", values);

describe("statusCountText", () => {
  it("matches the documented example", () => {
    const count = { scopeId: "lv", scopeName: "Latvia", counts: { green: 2, amber: 0, red: 0, no_data: 3, no_target: 0 }, notScored: 1 };
    expect([statusCountText(count, "green", t), statusCountText(count, "no_data", t)]).toEqual(["2", "3 (of them not scored: 1)"]);
  });
});

describe("noDataText", () => {
  it("matches the documented example", () => {
    expect([noDataText(3, 1, t), noDataText(3, 0, t)]).toEqual(["3 (of them not scored: 1)", "3"]);
  });
});
