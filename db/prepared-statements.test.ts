import { describe, expect, it } from "vitest";
import { StatementBudget } from "./prepared-statements";

describe("statement budget", () => {
  it("prepares the first texts it sees, keeps preparing them, and runs later new ones unnamed", () => {
    const budget = new StatementBudget(2, 50);
    expect([budget.allows("select 1"), budget.allows("select 2"), budget.allows("select 3")]).toEqual([
      true,
      true,
      false,
    ]);
    expect([budget.allows("select 1"), budget.allows("select 2"), budget.allows("select 3")]).toEqual([
      true,
      true,
      false,
    ]);
    expect(budget.size).toBe(2);
  });

  it("never prepares a text longer than its limit", () => {
    const budget = new StatementBudget(10, 20);
    expect(budget.allows(`select ${"x".repeat(20)}`)).toBe(false);
    expect(budget.size).toBe(0);
  });
});
