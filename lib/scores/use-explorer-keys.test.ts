import { describe, expect, it } from "vitest";
import { keyActionOf, type KeyContext } from "./use-explorer-keys";

const press = (key: string, context: Partial<KeyContext> = {}) =>
  keyActionOf({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    typing: false,
    inGrid: false,
    onControl: false,
    inDrawer: false,
    ...context,
  });

describe("explorer keys", () => {
  it("maps j, k, Enter, Esc and / anywhere outside text fields", () => {
    expect([press("j"), press("k"), press("Enter"), press("Escape"), press("/")]).toEqual([
      "next",
      "previous",
      "open",
      "close",
      "search",
    ]);
  });

  it("leaves letters to text fields, but Esc still closes", () => {
    expect(press("j", { typing: true })).toBeNull();
    expect(press("/", { typing: true })).toBeNull();
    expect(press("Escape", { typing: true })).toBe("close");
  });

  it("leaves Enter to buttons and links, and shortcuts with modifiers to the browser", () => {
    expect(press("Enter", { onControl: true })).toBeNull();
    expect(press("k", { ctrlKey: true })).toBeNull();
    expect(press("j", { metaKey: true })).toBeNull();
  });

  it("uses arrows, Home and End only on the grid", () => {
    expect(press("ArrowDown")).toBeNull();
    expect([press("ArrowDown", { inGrid: true }), press("ArrowUp", { inGrid: true })]).toEqual([
      "next",
      "previous",
    ]);
    expect([press("Home", { inGrid: true }), press("End", { inGrid: true })]).toEqual(["first", "last"]);
  });

  it("steps the open score with [ and ], but not while typing (the drawer's editor has fields)", () => {
    expect([press("["), press("]")]).toEqual(["step-previous", "step-next"]);
    expect([press("[", { inDrawer: true }), press("]", { inDrawer: true })]).toEqual([
      "step-previous",
      "step-next",
    ]);
    expect(press("]", { typing: true, inDrawer: true })).toBeNull();
    expect(press("[", { ctrlKey: true })).toBeNull();
  });

  it("leaves Enter inside the drawer to the drawer, where it must not open the focused row", () => {
    expect(press("Enter", { inDrawer: true })).toBeNull();
    expect(press("Escape", { inDrawer: true })).toBe("close");
    expect(press("j", { inDrawer: true })).toBe("next");
  });
});
