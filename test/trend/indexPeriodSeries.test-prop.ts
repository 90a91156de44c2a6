// indexPeriodSeries and toPeriodLabel against date-fns as a second method: the index of a label is the number of
// calendar days / ISO weeks / months / quarters / years between the first period's start and the label's start.
import { fc, test } from "@fast-check/vitest";
import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  differenceInCalendarDays,
  differenceInCalendarISOWeeks,
  differenceInCalendarMonths,
  differenceInCalendarQuarters,
  differenceInCalendarYears,
  format,
  getISOWeek,
  getISOWeekYear,
  startOfISOWeek,
} from "date-fns";
import { describe, expect } from "vitest";
import { indexPeriodSeries } from "../../src/trend/indexPeriodSeries.js";
import { toPeriodLabel } from "../../src/trend/toPeriodLabel.js";

type Grain = "day" | "week" | "month" | "quarter" | "year";

// Local dates (date-fns works in the runner's local zone; only calendar fields are read).
const date = fc.integer({ min: 0, max: 8 * 366 }).map((d) => addDays(new Date(2000, 0, 1), d));
const grain = fc.constantFrom<Grain>("day", "week", "month", "quarter", "year");

function labelOf(d: Date, g: Grain): string {
  switch (g) {
    case "day":
      return format(d, "yyyy-MM-dd");
    case "week":
      return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, "0")}`;
    case "month":
      return format(d, "yyyy-MM");
    case "quarter":
      return `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`;
    case "year":
      return String(d.getFullYear());
  }
}

function periodsBetween(a: Date, b: Date, g: Grain): number {
  switch (g) {
    case "day":
      return differenceInCalendarDays(b, a);
    case "week":
      return differenceInCalendarISOWeeks(startOfISOWeek(b), startOfISOWeek(a));
    case "month":
      return differenceInCalendarMonths(b, a);
    case "quarter":
      return differenceInCalendarQuarters(b, a);
    case "year":
      return differenceInCalendarYears(b, a);
  }
}

function add(d: Date, n: number, g: Grain): Date {
  switch (g) {
    case "day":
      return addDays(d, n);
    case "week":
      return addWeeks(d, n);
    case "month":
      return addMonths(new Date(d.getFullYear(), d.getMonth(), 1), n);
    case "quarter":
      return addQuarters(new Date(d.getFullYear(), d.getMonth(), 1), n);
    case "year":
      return addYears(new Date(d.getFullYear(), 0, 1), n);
  }
}

describe("indexPeriodSeries", () => {
  test.prop([grain, fc.uniqueArray(date, { minLength: 1, maxLength: 12, selector: (d) => d.getTime() })])(
    "indexes each label by the calendar periods since the earliest, as date-fns counts them",
    (g, dates) => {
      // One point per distinct label (dates in one period share it).
      const byLabel = new Map<string, Date>();
      for (const d of dates) if (!byLabel.has(labelOf(d, g))) byLabel.set(labelOf(d, g), d);
      const entries = [...byLabel.entries()];
      const earliest = entries.reduce((min, [, d]) => (periodsBetween(min, d, g) < 0 ? d : min), entries[0]![1]);
      const out = indexPeriodSeries({ s: entries.map(([period], i) => ({ period, value: i })) });
      expect(out.firstPeriod).toBe(labelOf(earliest, g));
      const expected = entries
        .map(([, d], i) => ({ index: periodsBetween(earliest, d, g), value: i }))
        .sort((a, b) => a.index - b.index);
      expect(out.series.s).toEqual(expected);
      for (const { index } of expected) expect(out.labels[index]).toBe(toPeriodLabel(out.firstPeriod!, index));
    },
  );
});

describe("toPeriodLabel", () => {
  test.prop([grain, date, fc.integer({ min: -200, max: 200 })])(
    "gives the label of the period n periods on, as date-fns adds them",
    (g, d, n) => {
      expect(toPeriodLabel(labelOf(d, g), n)).toBe(labelOf(add(d, n, g), g));
    },
  );
});
