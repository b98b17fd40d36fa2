import { sql } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";
import { scores } from "@/db/schema";
import { lookupNames } from "@/lib/scores/names";
import { cohensKappa, meanAbsoluteDifference, percentAgreement } from "./agreement-math";

/**
 * How an annotator's judgements compare with other annotators' on the same subjects and labels.
 * Each annotator's latest score per (label, subject) counts once. Boolean and categorical labels
 * get percent agreement and Cohen's kappa; numeric labels the mean absolute difference.
 */
export type AgreementRow = {
  label: string;
  dataType: "NUMERIC" | "BOOLEAN" | "CATEGORICAL";
  otherAnnotator: { id: string; name: string | null };
  sharedSubjects: number;
  percentAgreement: number | null;
  cohensKappa: number | null;
  meanAbsoluteDifference: number | null;
};

type PairRow = {
  name: string;
  data_type: AgreementRow["dataType"];
  other: string;
  va: string;
  vb: string;
  na: number | null;
  nb: number | null;
};

const subjectId = sql`coalesce(${scores.experimentId}, ${scores.observationId}, ${scores.sessionId}, ${scores.traceId})`;

export async function getAnnotatorAgreement(
  db: Database,
  projectId: string,
  userId: string,
): Promise<AgreementRow[]> {
  const rows = rowsOf<PairRow>(
    await db.execute(sql`
      with latest as (
        select distinct on (${scores.authorUserId}, ${scores.name}, ${scores.subjectKind}, ${subjectId})
               ${scores.authorUserId} as author, ${scores.name} as name, ${scores.dataType} as data_type,
               ${scores.subjectKind} as kind, ${subjectId} as subject,
               coalesce(array_to_string(${scores.categories}, ','), ${scores.stringValue}, ${scores.numericValue}::text) as v,
               ${scores.numericValue} as n
        from ${scores}
        where ${scores.projectId} = ${projectId} and ${scores.authorUserId} is not null
          and ${scores.dataType} in ('NUMERIC', 'BOOLEAN', 'CATEGORICAL')
          and (${scores.authorUserId} = ${userId} or (${scores.name}, ${scores.subjectKind}, ${subjectId}) in (
                select s2.name, s2.subject_kind, coalesce(s2.experiment_id, s2.observation_id, s2.session_id, s2.trace_id)
                from scores s2 where s2.project_id = ${projectId} and s2.author_user_id = ${userId}))
        order by ${scores.authorUserId}, ${scores.name}, ${scores.subjectKind}, ${subjectId}, ${scores.timestamp} desc, ${scores.id} desc
      )
      select a.name, a.data_type, b.author as other, a.v as va, b.v as vb, a.n as na, b.n as nb
      from latest a join latest b
        on b.name = a.name and b.kind = a.kind and b.subject = a.subject and b.author <> a.author
      where a.author = ${userId}`),
  );
  const groups = new Map<string, PairRow[]>();
  for (const row of rows) {
    const key = `${row.name}\u0000${row.other}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const names = await lookupNames(
    db,
    projectId,
    [...new Set(rows.map((r) => r.other))].map((id) => ({ authorUserId: id, queueId: null, configId: null })),
  );
  return [...groups.values()]
    .map((pairs) => {
      const { name, data_type: dataType, other } = pairs[0];
      const numeric = dataType === "NUMERIC";
      const labelled = pairs.map((p) => ({ a: p.va, b: p.vb }));
      const numbers = pairs
        .filter((p) => p.na !== null && p.nb !== null)
        .map((p) => ({ a: Number(p.na), b: Number(p.nb) }));
      return {
        label: name,
        dataType,
        otherAnnotator: { id: other, name: names.users.get(other) ?? null },
        sharedSubjects: pairs.length,
        percentAgreement: numeric ? null : percentAgreement(labelled),
        cohensKappa: numeric ? null : cohensKappa(labelled),
        meanAbsoluteDifference: numeric ? meanAbsoluteDifference(numbers) : null,
      };
    })
    .sort((x, y) => x.label.localeCompare(y.label) || y.sharedSubjects - x.sharedSubjects);
}
