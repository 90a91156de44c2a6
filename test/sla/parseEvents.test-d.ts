import { expectTypeOf, test } from "vitest";
import { parseMaintenanceWindows, parseOutages, parseTickets, type MaintenanceWindow, type Outage, type ServiceOutage, type Ticket } from "../../src/index.js";

test("the event parsers return the model's readonly types, usable where the SLA functions take them", () => {
  expectTypeOf(parseOutages).returns.toEqualTypeOf<ServiceOutage[]>();
  expectTypeOf<ServiceOutage>().toExtend<Outage>();
  expectTypeOf(parseTickets).returns.toEqualTypeOf<Ticket[]>();
  expectTypeOf(parseMaintenanceWindows).returns.toEqualTypeOf<MaintenanceWindow[]>();
  expectTypeOf<ServiceOutage["start"]>().toEqualTypeOf<number>();
  // readonly: assigning a field is a type error.
  const [outage] = parseOutages([]);
  if (outage !== undefined) {
    // @ts-expect-error start is readonly
    outage.start = 1;
  }
});
