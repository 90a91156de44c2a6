/** The version of kpi-kit written into a report's provenance (kept equal to package.json by a test). */
export const LIBRARY_VERSION = "0.1.0";
