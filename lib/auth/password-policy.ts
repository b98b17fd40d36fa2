/**
 * Passwords people choose: 10 to 128 characters, not one repeated character, not the email
 * address or its name part, not one of the passwords every guessing list starts with. Length is
 * what makes a password strong; composition rules mostly make people write them down.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

const COMMON = new Set([
  "1234567890",
  "0123456789",
  "password123",
  "password1234",
  "qwertyuiop",
  "1q2w3e4r5t",
  "iloveyou123",
  "letmein123",
  "administrator",
  "changeme123",
]);

/** The reason a password is refused, or null when it is acceptable. */
export function findPasswordProblem(password: string, email?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters`;
  if (new Set(password).size === 1) return "Use more than one distinct character";
  const lowered = password.toLowerCase();
  if (COMMON.has(lowered)) return "This password is too common";
  if (email) {
    const address = email.trim().toLowerCase();
    const name = address.split("@")[0];
    if (lowered === address || (name.length >= 4 && lowered.includes(name))) {
      return "Do not use your email address in the password";
    }
  }
  return null;
}
