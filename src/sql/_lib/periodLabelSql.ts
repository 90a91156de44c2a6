import type { Grain } from "../../time/grain.js";
import type { SqlDialect } from "../sqlDialect.js";

/**
 * The SQL expression of the label of the period (of `grain`, in the time zone given by the SQL expression `zone`)
 * that holds the instant `ms` (an SQL expression of whole epoch milliseconds): exactly `periodOf(…).label`, computed
 * in the engine with its own time-zone database (DuckDB's ICU, PostgreSQL's and ClickHouse's tz databases). A property test checks every
 * dialect against `periodOf` around DST switches, year ends, ISO week 53 and fiscal-year starts. Internal.
 *
 * @param dialect - The dialect.
 * @param grain - The grain.
 * @param ms - SQL for the instant, whole epoch milliseconds.
 * @param zone - SQL for the IANA time zone (a bound parameter).
 * @param fiscalStart - SQL for the fiscal year's first month, 1–12 (a bound parameter).
 * @returns SQL text.
 *
 * @example
 * ```ts
 * periodLabelSql("postgres", "month", "at_ms", "$1", "$2");
 * //=> "to_char((to_timestamp(at_ms / 1000.0) AT TIME ZONE $1), 'YYYY-MM')"
 * ```
 */
export function periodLabelSql(dialect: SqlDialect, grain: Grain, ms: string, zone: string, fiscalStart: string): string {
  if (dialect === "clickhouse") {
    // The zone is a bound parameter, which ClickHouse substitutes as a constant (as its time-zone functions need).
    const local = `fromUnixTimestamp64Milli(toInt64(${ms}), ${zone})`;
    switch (grain) {
      case "day":
        return `formatDateTime(${local}, '%Y-%m-%d')`;
      case "week":
        return `(lpad(toString(toISOYear(${local})), 4, '0') || '-W' || lpad(toString(toISOWeek(${local})), 2, '0'))`;
      case "month":
        return `formatDateTime(${local}, '%Y-%m')`;
      case "quarter":
        return `(formatDateTime(${local}, '%Y') || '-Q' || toString(toQuarter(${local})))`;
      case "year":
        return `formatDateTime(${local}, '%Y')`;
      case "fiscal_year": {
        const fy = `(toInt32(toYear(${local})) - if(toInt32(toMonth(${local})) < ${fiscalStart}, 1, 0))`;
        return `('FY' || lpad(toString(${fy}), 4, '0') || '-' || lpad(toString((${fy} + 1) % 100), 2, '0'))`;
      }
    }
  }
  if (dialect === "postgres") {
    const local = `(to_timestamp(${ms} / 1000.0) AT TIME ZONE ${zone})`;
    switch (grain) {
      case "day":
        return `to_char(${local}, 'YYYY-MM-DD')`;
      case "week":
        return `to_char(${local}, 'IYYY-"W"IW')`;
      case "month":
        return `to_char(${local}, 'YYYY-MM')`;
      case "quarter":
        return `to_char(${local}, 'YYYY-"Q"Q')`;
      case "year":
        return `to_char(${local}, 'YYYY')`;
      case "fiscal_year": {
        const fy = `(CAST(EXTRACT(YEAR FROM ${local}) AS INTEGER) - CASE WHEN CAST(EXTRACT(MONTH FROM ${local}) AS INTEGER) < ${fiscalStart} THEN 1 ELSE 0 END)`;
        return `('FY' || lpad(CAST(${fy} AS TEXT), 4, '0') || '-' || lpad(CAST(MOD(${fy} + 1, 100) AS TEXT), 2, '0'))`;
      }
    }
  }
  // DuckDB: epoch_ms gives a TIMESTAMP in UTC; timezone('UTC', …) makes it a TIMESTAMPTZ, timezone(zone, …) the local time.
  const local = `timezone(${zone}, timezone('UTC', epoch_ms(CAST(${ms} AS BIGINT))))`;
  switch (grain) {
    case "day":
      return `strftime(${local}, '%Y-%m-%d')`;
    case "week":
      return `strftime(${local}, '%G-W%V')`;
    case "month":
      return `strftime(${local}, '%Y-%m')`;
    case "quarter":
      return `(strftime(${local}, '%Y') || '-Q' || CAST(quarter(${local}) AS TEXT))`;
    case "year":
      return `strftime(${local}, '%Y')`;
    case "fiscal_year": {
      const fy = `(CAST(year(${local}) AS INTEGER) - CASE WHEN CAST(month(${local}) AS INTEGER) < ${fiscalStart} THEN 1 ELSE 0 END)`;
      return `('FY' || lpad(CAST(${fy} AS TEXT), 4, '0') || '-' || lpad(CAST((${fy} + 1) % 100 AS TEXT), 2, '0'))`;
    }
  }
}
