/** PGlite (Emscripten) throws plain objects such as `{ name: "ErrnoError", errno: 44 }`. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string") return error;
  if (error && typeof error === "object") {
    const { name, message, errno, code } = error as Record<string, unknown>;
    const parts = [
      message ?? name,
      errno !== undefined ? `errno ${errno}` : null,
      code ? `code ${code}` : null,
    ];
    const text = parts.filter((part) => part !== null && part !== undefined && part !== "").join(", ");
    if (text) return text;
    try {
      return JSON.stringify(error);
    } catch {
      return Object.prototype.toString.call(error);
    }
  }
  return String(error);
}
