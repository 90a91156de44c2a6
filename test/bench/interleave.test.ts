import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { interleave, plannedRuns } from "../../bench/interleave.js";

describe("interleave", () => {
  it("matches the documented example", () => {
    // Rounds R = 4: implementation 0 (4 runs) every round; implementation 1 (2 runs) when ⌊(r+1)·2/4⌋ grows,
    // i.e. in rounds 1 and 3.
    expect(interleave([4, 2])).toEqual([0, 0, 1, 0, 0, 1]);
  });

  it("runs every implementation exactly its count of times, spread evenly over the rounds", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 5 }), (counts) => {
        const order = interleave(counts);
        counts.forEach((c, i) => expect(order.filter((x) => x === i).length).toBe(c));
        // Split into rounds: within a round the indices ascend, and the busiest implementation runs in every round.
        const rounds: number[][] = [];
        for (const i of order) {
          const last = rounds.at(-1);
          if (last === undefined || i <= last.at(-1)!) rounds.push([i]);
          else last.push(i);
        }
        const R = Math.max(...counts);
        expect(rounds.length).toBe(R);
        // Spread: after the first k rounds, implementation i has run ⌊k·c/R⌋ times (never bunched at one end).
        counts.forEach((c, i) => {
          let ran = 0;
          rounds.forEach((round, k) => {
            ran += round.filter((x) => x === i).length;
            expect(ran).toBe(Math.floor(((k + 1) * c) / R));
          });
        });
      }),
    );
  });

  it("alternates two implementations with equal counts, and gives nothing for no runs", () => {
    expect(interleave([3, 3])).toEqual([0, 1, 0, 1, 0, 1]);
    expect(interleave([])).toEqual([]);
    expect(interleave([0, 2])).toEqual([1, 1]);
  });
});

describe("plannedRuns", () => {
  it("matches the documented example", () => {
    // 1000 ms / 70 ms = 14.3 → 15 runs, between runs = 5 and maxRuns = 25.
    expect(plannedRuns(70, 5, 1000, 25)).toBe(15);
  });

  it("keeps at least runs and at most maxRuns (or runs, if that is more)", () => {
    expect(plannedRuns(1500, 5, 1000, 25)).toBe(5);
    expect(plannedRuns(1, 5, 1000, 25)).toBe(25);
    expect(plannedRuns(0, 5, 1000, 25)).toBe(25);
    expect(plannedRuns(1, 30, 1000, 25)).toBe(30);
  });
});
