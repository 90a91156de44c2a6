import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { civilFromDays } from "../../src/time/_lib/civilFromDays.js";
import { daysFromCivil } from "../../src/time/_lib/daysFromCivil.js";

test.prop([fc.integer({ min: -700_000, max: 2_900_000 })])("inverts daysFromCivil and agrees with Date", (days) => {
  const { year, month, day } = civilFromDays(days);
  expect(daysFromCivil(year, month, day)).toBe(days);
  const date = new Date(days * 86_400_000);
  expect([year, month, day]).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
});
