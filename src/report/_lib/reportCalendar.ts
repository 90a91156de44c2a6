import type { Calendar } from "../../model/calendar.js";
import type { Workspace } from "../../model/workspace.js";

/**
 * The calendar a report's periods are read in: the workspace's default calendar, else its first one; `undefined` for a
 * workspace without calendars. Internal to kpi-kit/report (and the CLI, which checks `--as-of` against it early).
 *
 * @param workspace - The workspace (its `calendars` and `defaultCalendarId`).
 * @returns The calendar, or `undefined`.
 *
 * @example
 * ```ts
 * reportCalendar({ calendars: [{ id: "a", timeZone: "UTC" }, { id: "b", timeZone: "Europe/Riga" }], defaultCalendarId: "b" } as never)?.timeZone;
 * //=> "Europe/Riga"
 * ```
 */
export function reportCalendar(workspace: Pick<Workspace, "calendars" | "defaultCalendarId">): Calendar | undefined {
  return workspace.calendars.find((c) => c.id === workspace.defaultCalendarId) ?? workspace.calendars[0];
}
