// The scope kinds a catalogue KPI applies to: a level and every level above it. Internal to the catalogue.

/** A resource and every scope above it. */
export const RESOURCE_AND_UP = ["resource", "service", "institution", "sector", "municipality", "national"] as const;
/** A service and every scope above it. */
export const SERVICE_AND_UP = ["service", "institution", "sector", "municipality", "national"] as const;
/** An institution and every scope above it. */
export const INSTITUTION_AND_UP = ["institution", "sector", "municipality", "national"] as const;
