import { z } from "zod";
import { toEpochMs } from "./toEpochMs.js";
import { describeBadInstant } from "../internal/describeBadInstant.js";
import { MAX_INSTANT_MS } from "../internal/maxInstantMs.js";
import { LOCAL_TIME_PATTERN } from "../internal/localTimePattern.js";
import { describeType } from "../internal/describeValue.js";

/** What an instant may be, as the message of a value of another type says it. */
const INSTANT_FORMS = "an ISO-8601 instant with Z or an offset, epoch ms or a Date";

/**
 * Schema of an instant: an ISO-8601 string with `Z` or an offset, epoch milliseconds, or a `Date`; parses to epoch ms.
 *
 * @remarks
 * A string of the right shape with a field out of range is refused with a message that names it, e.g.
 * "2026-02-30 is not a calendar date", "24:00 is not a time of day"; a value of another type (`null`, `true`, an
 * object) "must be an ISO-8601 instant with Z or an offset, epoch ms or a Date, not null".
 *
 * @category Model
 */
export const InstantSchema = z
  .union([z.string(), z.number(), z.date()], { error: (issue) => `must be ${INSTANT_FORMS}, not ${describeType(issue.input)}` })
  .transform((input, ctx): number => {
    let ms: number | null;
    if (typeof input === "string") ms = toEpochMs(input);
    else if (typeof input === "number") ms = Number.isFinite(input) && Number.isInteger(input) ? input : null;
    else ms = input.getTime();
    if (ms === null || !Number.isFinite(ms) || Math.abs(ms) > MAX_INSTANT_MS) {
      ctx.addIssue({
        code: "custom",
        message:
          typeof input === "string"
            ? describeBadInstant(input)
            : "an instant must be a whole, finite number of epoch milliseconds or a valid Date",
      });
      return z.NEVER;
    }
    return ms;
  });

/**
 * An instant in epoch milliseconds (UTC), as every parsed kpi-kit object holds it.
 *
 * @category Model
 */
export type Instant = number;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Schema of a local calendar date `YYYY-MM-DD` (a real date of the proleptic Gregorian calendar).
 *
 * @category Model
 */
export const LocalDateSchema = z.string().refine((text) => {
  const m = LOCAL_DATE.exec(text);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}, "a local date is written YYYY-MM-DD and must exist");

/**
 * A local calendar date `YYYY-MM-DD`, read in the calendar's time zone.
 *
 * @category Model
 */
export type LocalDate = string;


/**
 * Schema of a local time of day `HH:MM` (`24:00` allowed as the end of a day).
 *
 * @category Model
 */
export const LocalTimeSchema = z.string().regex(LOCAL_TIME_PATTERN, "a local time is written HH:MM (00:00 to 24:00)");

