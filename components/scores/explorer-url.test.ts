import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseListParamsStrict, serializeListParams } from "@/lib/scores/filter-codec";
import {
  countModes,
  scoreListShape,
  sortFields,
  timeRanges,
  type ScoreListParams,
} from "@/lib/scores/filters";
import {
  EXPLORER_PAGE_SIZE,
  explorerSearchOf,
  facetQueryOf,
  listKeyOrder,
  listQueryOf,
  serializeParams,
  withoutDefaults,
  withoutFilters,
} from "./explorer-url";
import { readExplorerUrl } from "./explorer-url-parse";
import { scoreColumnIds } from "./score-column-ids";

const read = (query: string) => readExplorerUrl(new URLSearchParams(query), scoreColumnIds);
const strictOf = (query: string) => parseListParamsStrict(Object.fromEntries(new URLSearchParams(query)));

const token = fc.stringMatching(/^[a-z0-9_.:-]{1,12}$/);
const paramsArbitrary: fc.Arbitrary<ScoreListParams> = fc.record(
  {
    name: fc.array(token, { minLength: 1, maxLength: 3 }),
    environment: fc.array(token, { minLength: 1, maxLength: 2 }),
    authorUserId: fc.array(token, { minLength: 1, maxLength: 2 }),
    queueId: fc.array(token, { minLength: 1, maxLength: 2 }),
    traceId: fc.array(token, { minLength: 1, maxLength: 2 }),
    source: fc.subarray(["API", "EVAL", "ANNOTATION"] as const, { minLength: 1 }),
    dataType: fc.subarray(["NUMERIC", "TEXT", "JSON"] as const, { minLength: 1 }),
    subjectKind: fc.subarray(["trace", "session"] as const, { minLength: 1 }),
    // -0 and 0 are one number; the query string spells both "0".
    valueMin: fc.double({ min: -1000, max: 0, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
    valueMax: fc.integer({ min: 1, max: 1000 }),
    range: fc.constantFrom(...timeRanges),
    q: fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9 ,:&=?%+#-]{0,20}[a-zA-Z0-9]$/),
    hasComment: fc.boolean(),
    sort: fc.constantFrom(...sortFields),
    order: fc.constantFrom("asc", "desc" as const),
    limit: fc.integer({ min: 1, max: 500 }),
    count: fc.constantFrom(...countModes),
  },
  { requiredKeys: [] },
);
const viewArbitrary = fc.record({
  params: paramsArbitrary,
  scoreId: fc.option(token, { nil: null }),
  columns: fc.option(fc.subarray([...scoreColumnIds], { minLength: 1 }), { nil: null }),
});

describe("the zod-free writer", () => {
  it("follows the schema's key order", () => {
    expect(listKeyOrder).toEqual(Object.keys(scoreListShape));
  });

  it("writes exactly what the schema's own serializer writes", () => {
    fc.assert(
      fc.property(paramsArbitrary, (params) => {
        expect(serializeParams(params).toString()).toBe(serializeListParams(params).toString());
      }),
    );
  });
});

describe("explorer URL ↔ view", () => {
  it("round-trips every view: read(write(view)) = view without defaults", () => {
    fc.assert(
      fc.property(viewArbitrary, (view) => {
        const url = read(explorerSearchOf(view));
        expect(url).toEqual({ ...view, params: withoutDefaults(view.params), dropped: [] });
      }),
    );
  });

  it("sends the API exactly the URL's parameters, which its strict parser accepts", () => {
    fc.assert(
      fc.property(viewArbitrary, (view) => {
        const params = withoutDefaults(view.params);
        const sent = strictOf(listQueryOf(read(explorerSearchOf(view)).params));
        expect(sent).toEqual({ ...params, limit: params.limit ?? EXPLORER_PAGE_SIZE });
      }),
    );
  });

  it("keeps the view keys out of the API's query string", () => {
    const url = read("name=tone&score=s1&cols=timestamp,value");
    expect(url.scoreId).toBe("s1");
    expect(url.columns).toEqual(["timestamp", "value"]);
    expect(listQueryOf(url.params)).toBe(`name=tone&limit=${EXPLORER_PAGE_SIZE}`);
    expect(facetQueryOf(url.params)).toBe("name=tone");
  });

  it("writes lists and timestamps readably, in the schema's key order", () => {
    const url = read("source=eval&name=a,b&fromTimestamp=2026-06-01T00:00:00Z&score=x");
    expect(explorerSearchOf(url)).toBe("name=a,b&source=EVAL&fromTimestamp=2026-06-01T00:00:00.000Z&score=x");
  });

  it("omits the default sort and order", () => {
    expect(explorerSearchOf(read("sort=timestamp&order=desc&name=a"))).toBe("name=a");
    expect(explorerSearchOf(read("sort=value&order=desc"))).toBe("sort=value");
    expect(explorerSearchOf(read("order=asc"))).toBe("order=asc");
  });

  it("drops bad values, unknown keys, paging keys and unknown columns with a reason each", () => {
    const url = read("name=tone&valueMin=abc&colour=red&cursor=zzz&page=2&cols=value,bogus&range=24h");
    expect(url.params).toEqual({ name: ["tone"], range: "24h" });
    expect(url.columns).toEqual(["value"]);
    expect(url.dropped.map((d) => d.key).sort()).toEqual(["colour", "cols", "cursor", "page", "valueMin"]);
    expect(url.dropped.find((d) => d.key === "cols")?.value).toBe("bogus");
  });

  it("treats a cols list with no known column as no choice", () => {
    expect(read("cols=nope").columns).toBeNull();
  });

  it("clears filters but keeps sort, page size and count", () => {
    expect(withoutFilters({ name: ["a"], q: "x", sort: "value", limit: 20, count: "exact" })).toEqual({
      sort: "value",
      limit: 20,
      count: "exact",
    });
  });
});
