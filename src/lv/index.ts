/**
 * The Latvian profile: the PU2-23 task card's roles and responsibility matrix, Latvian public holidays.
 *
 * @module kpi-kit/lv
 */
// The curated API of the `kpi-kit/lv` subpath: the Latvian profile — the PU2-23 task card's own presets (its ten
// roles and responsibility matrix) and the Latvian public holidays.

export { STANDARD_ROLES } from "../model/role.js";
export { PU2_23_RESPONSIBILITY_MATRIX } from "../model/pu223ResponsibilityMatrix.js";
export { easterSunday } from "../time/easterSunday.js";
export { latvianPublicHolidays } from "../time/latvianPublicHolidays.js";
