import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { parseInstantFast } from "../../src/time/_lib/parseInstantFast.js";

const pad = (n: number, w: number): string => String(n).padStart(w, "0");
// Years from 100: the model's toEpochMs checks month lengths with Date.UTC, which maps years 0–99 to 1900–1999.
const isoText = fc
  .record({
    year: fc.integer({ min: 100, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 24 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.option(fc.integer({ min: 0, max: 60 })),
    fraction: fc.option(fc.stringMatching(/^\d{0,10}$/)),
    zone: fc.oneof(fc.constant("Z"), fc.stringMatching(/^[+-](0\d|1\d|2[0-5]):?[0-6]\d$/)),
  })
  .map(({ year, month, day, hour, minute, second, fraction, zone }) => {
    let text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}`;
    if (second !== null) text += `:${pad(second, 2)}${fraction === null ? "" : `.${fraction}`}`;
    return text + zone;
  });

test.prop([isoText], { numRuns: 2000 })("agrees with an independent regular-expression parser on every candidate string", (text) => {
  expect(parseInstantFast(text)).toBe(regexOracle(text));
});

test.prop([fc.integer({ min: -30_000_000_000_000, max: 200_000_000_000_000 })])(
  "reads back what Date#toISOString writes",
  (ms) => {
    expect(parseInstantFast(new Date(ms).toISOString())).toBe(ms);
  },
);

// An independent oracle: the regular-expression parser kpi-kit used before toEpochMs and parseInstantFast became one
// implementation (issue 11). It must accept and read exactly the same strings.
// ISO-8601 date-time with a mandatory `Z` or numeric offset; seconds and fractions optional.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;
function regexOracle(text: string): number | null {
  const m = ISO_INSTANT.exec(text);
  if (m === null) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day > daysInMonth) return null;
  const ms = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, "0"));
  let offsetMinutes = 0;
  if (zone !== undefined && zone !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2, 4));
    if (oh > 23 || om > 59) return null;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC maps years 0..99 to 1900..1999; fix that up.
  const fixed = year < 100 ? new Date(utc).setUTCFullYear(year) : utc;
  return fixed - offsetMinutes * 60_000;
}
