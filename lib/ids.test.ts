import { describe, expect, it } from "vitest";
import { keyedId, newId } from "./ids";

describe("newId", () => {
  it("makes distinct UUID v7 strings that sort by creation time", async () => {
    const first = Array.from({ length: 600 }, newId);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = newId();
    expect(new Set(first).size).toBe(600);
    for (const id of first)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.every((id) => id < later)).toBe(true);
  });
});

describe("keyedId", () => {
  const namespace = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"; // RFC 4122's DNS namespace

  it("is RFC 4122 version 5 of the JSON-encoded parts", () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, '["www.example.com"]')
    expect(keyedId(namespace, ["www.example.com"])).toBe("7c41338d-8580-529e-8637-92dc1fd66330");
  });

  it("gives one id per key: the same parts the same id, other parts or a null another", () => {
    const id = keyedId(namespace, ["log-1", "cfg", null]);
    expect(keyedId(namespace, ["log-1", "cfg", null])).toBe(id);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keyedId(namespace, ["log-1", "cfg", "null"])).not.toBe(id);
    expect(keyedId(namespace, ["log-1", "cfg"])).not.toBe(id);
    expect(keyedId("5f0c7a1e-8b2d-4c6f-9a3e-1d7b2c4f6a80", ["log-1", "cfg", null])).not.toBe(id);
  });
});
