import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: the password is read off a screen and typed by someone else.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A password an admin hands to a new member: 4 groups of 5 characters, about 115 bits. */
export function generateOneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  );
  return groups.join("-");
}
