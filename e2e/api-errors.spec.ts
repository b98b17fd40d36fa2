import { expect, test } from "@playwright/test";

/**
 * Answers Next.js itself would give (an undecodable path, an unknown path, a method a route does
 * not serve) come in each API face's own JSON error shape, from the production server.
 */
const faces = [
  {
    prefix: "/api/v1/scores/",
    shape: (body: Record<string, unknown>) => "error" in body && typeof body.error === "object",
  },
  {
    prefix: "/api/public/scores/",
    shape: (body: Record<string, unknown>) => typeof body.message === "string",
  },
  {
    prefix: "/api/scores/",
    shape: (body: Record<string, unknown>) => typeof body.detail === "string" || "errors" in body,
  },
  {
    prefix: "/model-hub/scores/",
    shape: (body: Record<string, unknown>) => body.status === false && "detail" in body,
  },
];

for (const { prefix, shape } of faces) {
  test(`${prefix}: a path segment that is not UTF-8 is a 400 in the face's shape`, async ({ request }) => {
    const response = await request.get(`${prefix}%ED%A0%80/`);
    expect(response.status()).toBe(400);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = await response.json();
    expect(shape(body)).toBe(true);
    expect(JSON.stringify(body)).toContain("%ED%A0%80");
  });

  test(`${prefix}: an unknown path is a 404 in the face's shape`, async ({ request }) => {
    const response = await request.get(`${prefix}x/no/such/endpoint/`);
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(shape(await response.json())).toBe(true);
  });
}

test("a method a route does not serve is a 405 in the face's shape", async ({ request }) => {
  const native = await request.put("/api/v1/scores");
  expect(native.status()).toBe(405);
  expect(await native.json()).toMatchObject({ error: { code: "method_not_allowed" } });
  const futureAgi = await request.put("/model-hub/scores/");
  expect(futureAgi.status()).toBe(405);
  expect(await futureAgi.json()).toMatchObject({ status: false });
});
