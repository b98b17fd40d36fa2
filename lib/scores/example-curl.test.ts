import { describe, expect, it } from "vitest";
import { quoteShellWord, quoteWithPlaceholders, renderCurl } from "./example-curl";
import { curlArgvOf, requestOfCurlArgv } from "./example-shell";

/** Quoting is checked by bash itself: what the shell hands to curl must be exactly what was meant. */
const env = { SCORELENS_PUBLIC_KEY: "pk-sl-test", SCORELENS_SECRET_KEY: "sk-sl-test" };
const HOSTILE = [
  "it's",
  'say "hi"',
  "$HOME ${PATH} $(id) `id`",
  "back\\slash and \\'",
  "!event !! ~user #hash",
  "* ? [a] {a,b} ; & | < > ( )",
  "line\nbreak\ttab",
  "'''",
  "",
  "ünïcödé \u2028 ✓",
];

describe("quoteShellWord", () => {
  it("leaves plain words alone and makes any other text one literal word", () => {
    expect(quoteShellWord("https://x.test/api/v1/scores/a-1")).toBe("https://x.test/api/v1/scores/a-1");
    const argv = curlArgvOf(`curl ${HOSTILE.map(quoteShellWord).join(" ")}`, env);
    expect(argv).toEqual(HOSTILE);
  });
});

describe("quoteWithPlaceholders", () => {
  it("expands only the placeholders", () => {
    const word = quoteWithPlaceholders("X-Secret-Key: $SCORELENS_SECRET_KEY");
    expect(curlArgvOf(`curl ${word}`, env)).toEqual(["X-Secret-Key: sk-sl-test"]);
  });

  it("refuses anything else the shell would interpret", () => {
    for (const template of ['a"b', "$(id)", "`id`", "a\\b", "${X}", "!x", "$lower"]) {
      expect(() => quoteWithPlaceholders(template), template).toThrow(/placeholder/);
    }
  });
});

describe("renderCurl", () => {
  it("renders a multi-line command whose body survives the shell byte for byte", () => {
    const body = { comment: HOSTILE.join(" | "), metadata: { "it's": ["$x", "`y`"], n: 1.5 } };
    const command = renderCurl({
      method: "PATCH",
      url: "https://scorelens.test/api/v1/scores/it's%20odd?projectId=p'1",
      auth: { kind: "basic" },
      headers: { "If-Match": '"1748736000000"' },
      body,
    });
    expect(command.split("\n").length).toBeGreaterThan(3);
    const parsed = requestOfCurlArgv(curlArgvOf(command, env));
    expect(parsed).toEqual({
      method: "PATCH",
      url: "https://scorelens.test/api/v1/scores/it's%20odd?projectId=p'1",
      headers: {
        authorization: `Basic ${Buffer.from("pk-sl-test:sk-sl-test").toString("base64")}`,
        "content-type": "application/json",
        "if-match": '"1748736000000"',
      },
      body: JSON.stringify(body),
    });
    expect(JSON.parse(parsed.body!)).toEqual(body);
  });

  it("sends GETs without -X and credentials as header lines", () => {
    const command = renderCurl({
      method: "GET",
      url: "https://scorelens.test/model-hub/scores/s1/",
      auth: {
        kind: "headers",
        lines: ["X-Api-Key: $SCORELENS_PUBLIC_KEY", "X-Secret-Key: $SCORELENS_SECRET_KEY"],
      },
    });
    expect(command).not.toContain("-X");
    expect(command).not.toContain("sk-sl");
    expect(requestOfCurlArgv(curlArgvOf(command, env))).toEqual({
      method: "GET",
      url: "https://scorelens.test/model-hub/scores/s1/",
      headers: { "x-api-key": "pk-sl-test", "x-secret-key": "sk-sl-test" },
      body: undefined,
    });
  });
});
