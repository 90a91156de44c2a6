import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { toEpochMs } from "../../src/model/toEpochMs.js";
import { parseInstantFast } from "../../src/time/parseInstantFast.js";

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

test.prop([isoText], { numRuns: 2000 })("agrees with the model's toEpochMs on every candidate string", (text) => {
  expect(parseInstantFast(text)).toBe(toEpochMs(text));
});

test.prop([fc.integer({ min: -30_000_000_000_000, max: 200_000_000_000_000 })])(
  "reads back what Date#toISOString writes",
  (ms) => {
    expect(parseInstantFast(new Date(ms).toISOString())).toBe(ms);
  },
);
