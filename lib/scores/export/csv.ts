import type { ScoreJson } from "../serialize";

/**
 * The CSV of an export: RFC 4180 (CRLF records, fields quoted when they hold `"`, `,`, CR or LF,
 * quotes doubled), UTF-8. One column per field of the native score JSON that is not an object,
 * the subject flattened to kind and id, and the name of the label, annotator and queue next to
 * their ids; `value`, `categories` and `metadata` that are not plain text travel as JSON text.
 * An absent value (null) is an empty field; an empty string is `""`, so the two stay apart.
 */
export const csvColumns = [
  "id",
  "projectId",
  "name",
  "dataType",
  "value",
  "numericValue",
  "stringValue",
  "categories",
  "source",
  "subjectKind",
  "subjectId",
  "traceId",
  "observationId",
  "observationType",
  "sessionId",
  "experimentId",
  "environment",
  "configId",
  "configName",
  "authorUserId",
  "authorName",
  "authorLabel",
  "queueId",
  "queueName",
  "queueItemId",
  "comment",
  "metadata",
  "kind",
  "isPassed",
  "cost",
  "status",
  "errorMessage",
  "promptId",
  "promptVersion",
  "datasetId",
  "automationId",
  "executionTraceId",
  "timestamp",
  "createdAt",
  "updatedAt",
] as const;
export type CsvColumn = (typeof csvColumns)[number];

type Cell = string | number | boolean | null | undefined | object;

const cellOf: Record<CsvColumn, (score: ScoreJson) => Cell> = {
  id: (s) => s.id,
  projectId: (s) => s.projectId,
  name: (s) => s.name,
  dataType: (s) => s.dataType,
  value: (s) => s.value as Cell,
  numericValue: (s) => s.numericValue,
  stringValue: (s) => s.stringValue,
  categories: (s) => s.categories,
  source: (s) => s.source,
  subjectKind: (s) => s.subject.kind,
  subjectId: (s) => s.subject.id,
  traceId: (s) => s.traceId,
  observationId: (s) => s.observationId,
  observationType: (s) => s.observationType,
  sessionId: (s) => s.sessionId,
  experimentId: (s) => s.experimentId,
  environment: (s) => s.environment,
  configId: (s) => s.configId,
  configName: (s) => s.config?.name,
  authorUserId: (s) => s.authorUserId,
  authorName: (s) => s.author?.name,
  authorLabel: (s) => s.authorLabel,
  queueId: (s) => s.queueId,
  queueName: (s) => s.queue?.name,
  queueItemId: (s) => s.queueItemId,
  comment: (s) => s.comment,
  metadata: (s) => s.metadata as Cell,
  kind: (s) => s.kind,
  isPassed: (s) => s.isPassed,
  cost: (s) => s.cost,
  status: (s) => s.status,
  errorMessage: (s) => s.errorMessage,
  promptId: (s) => s.promptId,
  promptVersion: (s) => s.promptVersion,
  datasetId: (s) => s.datasetId,
  automationId: (s) => s.automationId,
  executionTraceId: (s) => s.executionTraceId,
  timestamp: (s) => s.timestamp,
  createdAt: (s) => s.createdAt,
  updatedAt: (s) => s.updatedAt,
};

const needsQuotes = /[",\r\n]/;

export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  const text = typeof cell === "object" ? JSON.stringify(cell) : String(cell);
  if (text === "") return '""';
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvHeader = (columns: readonly CsvColumn[]): string => `${columns.join(",")}\r\n`;

export const csvRecord = (score: ScoreJson, columns: readonly CsvColumn[]): string =>
  `${columns.map((column) => csvField(cellOf[column](score))).join(",")}\r\n`;
