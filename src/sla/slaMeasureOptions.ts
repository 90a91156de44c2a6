import type { Calendar } from "../model/calendar.js";
import type { MaintenanceWindow } from "../model/slaTerms.js";

/**
 * The options every SLA measure shares: the SLO to judge against, planned maintenance, the zone of weekly
 * maintenance windows, and the service hours.
 *
 * @category Sla
 */
export interface SlaMeasureOptions {
  /**
   * The SLO in percent (an exact decimal such as `"99.9"`); without it `met` and the budget fields are `null`.
   * @defaultValue none
   */
  readonly slo?: string | number | undefined;
  /**
   * Planned maintenance: time under it is not eligible, and events during it are ignored.
   * @defaultValue `[]`
   */
  readonly maintenance?: readonly MaintenanceWindow[] | undefined;
  /**
   * The zone of weekly maintenance windows.
   * @defaultValue `serviceHours.timeZone`
   */
  readonly timeZone?: string | undefined;
  /**
   * When given, only time (or events) inside this calendar's business hours count.
   * @defaultValue none
   */
  readonly serviceHours?: Calendar | undefined;
}
