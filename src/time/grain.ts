/**
 * The length of a reporting period: a local calendar `day`, an ISO `week` (Monday to Monday), a calendar `month`,
 * `quarter` or `year`, or a `fiscal_year` that starts on the first day of the calendar's `fiscalYearStartMonth`.
 *
 * @remarks
 * Labels (docs/conventions.md#time-and-calendars): day `YYYY-MM-DD`, week `GGGG-Www` (ISO week-year), month `YYYY-MM`, quarter `YYYY-Qn`,
 * year `YYYY`, fiscal year `FYyyyy-YY`.
 *
 * @category Time
 */
export type Grain = "day" | "week" | "month" | "quarter" | "year" | "fiscal_year";
