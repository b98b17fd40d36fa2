import { describe, expect, it } from "vitest";
import { generateOneTimePassword } from "./one-time-password";
import { findPasswordProblem, PASSWORD_MIN_LENGTH } from "./password-policy";

describe("password policy", () => {
  it("accepts long passphrases and refuses short, repeated, common or email-based ones", () => {
    expect(findPasswordProblem("correct horse battery staple", "ada@example.com")).toBeNull();
    expect(findPasswordProblem("short")).toMatch(/at least 10/);
    expect(findPasswordProblem("x".repeat(129))).toMatch(/at most 128/);
    expect(findPasswordProblem("aaaaaaaaaaaa")).toMatch(/distinct/);
    expect(findPasswordProblem("Password123")).toMatch(/too common/);
    expect(findPasswordProblem("ada@example.com", "ada@example.com")).toMatch(/email/);
    expect(findPasswordProblem("lovelace-2024!", "lovelace@example.com")).toMatch(/email/);
    // A name part under four characters is too common a substring to refuse on.
    expect(findPasswordProblem("the-analytical-engine", "the@example.com")).toBeNull();
  });

  it("generates one-time passwords that pass the policy and do not repeat", () => {
    const passwords = Array.from({ length: 200 }, generateOneTimePassword);
    expect(new Set(passwords).size).toBe(200);
    for (const password of passwords) {
      expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{5}(-[a-km-zA-HJ-NP-Z2-9]{5}){3}$/);
      expect(password.length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
      expect(findPasswordProblem(password, "someone@example.com")).toBeNull();
    }
  });
});
