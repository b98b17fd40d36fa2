import type { Database } from "@/db/client";
import { scores, type NewScoreRow } from "@/db/schema";
import { BASE_DATE, fixtureRows, P1 } from "@/lib/scores/test-fixtures";
import { makeRandom, type RawScore } from "./compare-test-reference";

/**
 * Seeded rows for the comparison tests: an EVAL judge against annotator u1 on a categorical
 * label (with superseded scores, a second annotator, subjects only one side scored and an
 * observation sharing a trace's id), a numeric label with ties, a categorical grade over the same
 * subjects as the numeric label, and two textbook data sets (kappa 0.4; Spearman −29/165).
 */
const DAY = 86_400_000;
const at = (daysAgo: number, minutes = 0) => new Date(BASE_DATE.getTime() - daysAgo * DAY + minutes * 60_000);

export function buildCompareRows(): RawScore[] {
  const random = makeRandom(18);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const rows: RawScore[] = [];
  let next = 0;
  const add = (row: Omit<RawScore, "id">) =>
    rows.push({ id: `cmp-${String(++next).padStart(4, "0")}`, ...row });
  const verdicts = ["pass", "fail", "unsure"] as const;
  const eva = (
    name: string,
    subject: string,
    value: number | string,
    when: Date,
    kind: RawScore["kind"] = "trace",
  ) => add({ name, source: "EVAL", author: null, kind, subject, value, at: when });
  const human = (name: string, author: string, subject: string, value: number | string, when: Date) =>
    add({ name, source: "ANNOTATION", author, kind: "trace", subject, value, at: when });

  for (let i = 0; i < 70; i++) {
    const subject = `cv-${i}`;
    const judged = pick(verdicts);
    if (i < 60) {
      if (i % 7 === 0) eva("cmp-verdict", subject, pick(verdicts), at((i % 20) + 1, 30)); // superseded
      eva("cmp-verdict", subject, judged, at(i % 20, i));
    }
    if (i >= 5) human("cmp-verdict", "u1", subject, random() < 0.7 ? judged : pick(verdicts), at(i % 20, 5));
    if (i % 3 === 0) human("cmp-verdict", "u2", subject, pick(verdicts), at(i % 20, 6));
  }
  eva("cmp-verdict", "cv-10", "pass", at(2), "observation"); // another subject kind, same id
  eva("cmp-verdict", "cv-200", "fail", at(120)); // only inside a wide window
  human("cmp-verdict", "u1", "cv-200", "pass", at(120));

  for (let i = 0; i < 40; i++) {
    const subject = `cs-${i}`;
    const judged = Math.round(random() * 100) / 100;
    if (i < 38) eva("cmp-score", subject, judged, at(i % 10, i));
    if (i >= 3) {
      const rated = Math.round(Math.min(1, Math.max(0, judged + (random() - 0.5) * 0.4)) * 4) / 4;
      human("cmp-score", "u1", subject, rated, at(i % 10, 7));
      human(
        "cmp-grade",
        "u1",
        subject,
        (random() < 0.8 ? judged > 0.5 : judged <= 0.5) ? "good" : "bad",
        at(i % 10, 8),
      );
    }
  }

  // Cohen (1960)-style 2×2 textbook table: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → κ = 0.4.
  const table: [string, string, number][] = [
    ["True", "True", 20],
    ["True", "False", 5],
    ["False", "True", 10],
    ["False", "False", 15],
  ];
  let k = 0;
  for (const [a, b, count] of table)
    for (let j = 0; j < count; j++, k++) {
      eva("kb", `kb-${k}`, a, at(1, k));
      human("kb", "u1", `kb-${k}`, b, at(1, k));
    }
  // Spearman's textbook example (IQ against hours of TV per week): ρ = −29/165.
  const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
  const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
  iq.forEach((value, j) => {
    eva("sb", `sb-${j}`, value, at(1, j));
    human("sb", "u1", `sb-${j}`, tv[j], at(1, j));
  });
  return rows;
}

const dataTypeOf = (row: RawScore): NewScoreRow["dataType"] =>
  typeof row.value === "number" ? "NUMERIC" : row.name === "kb" ? "BOOLEAN" : "CATEGORICAL";

export async function seedCompareRows(db: Database, rows: RawScore[]) {
  const template = fixtureRows(P1)[0];
  const values: NewScoreRow[] = rows.map((row) => {
    const dataType = dataTypeOf(row);
    return {
      ...template,
      id: row.id,
      name: row.name,
      dataType,
      numericValue:
        typeof row.value === "number"
          ? row.value
          : dataType === "BOOLEAN"
            ? Number(row.value === "True")
            : null,
      stringValue: typeof row.value === "string" ? row.value : null,
      source: row.source,
      environment: "production",
      authorUserId: row.author,
      queueId: null,
      traceId: row.kind === "trace" ? row.subject : null,
      observationId: row.kind === "observation" ? row.subject : null,
      sessionId: null,
      experimentId: null,
      subjectKind: row.kind,
      comment: null,
      metadata: {},
      timestamp: row.at,
      createdAt: row.at,
      updatedAt: row.at,
    };
  });
  for (let i = 0; i < values.length; i += 200) await db.insert(scores).values(values.slice(i, i + 200));
}
