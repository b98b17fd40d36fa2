/** The seeded organization: 30 annotators, environments and annotation queues. */

export const ANNOTATOR_NAMES: readonly string[] = [
  "Ana López",
  "Ben Carter",
  "Chen Wei",
  "Dana Whitfield",
  "Emeka Okafor",
  "Fatima Zahra",
  "Gustav Lindqvist",
  "Hana Sato",
  "Ines Moreau",
  "Jonas Becker",
  "Kavya Iyer",
  "Liam O'Brien",
  "Mei Tanaka",
  "Nikolai Petrov",
  "Olivia Brown",
  "Priya Nair",
  "Quentin Dubois",
  "Rosa Martínez",
  "Samuel Adeyemi",
  "Tamar Cohen",
  "Umar Siddiqui",
  "Valentina Rossi",
  "Wen Zhao",
  "Ximena Torres",
  "Yusuf Demir",
  "Zoe Fischer",
  "Aarav Shah",
  "Björn Eriksson",
  "Chiara Bianchi",
  "Diego Alvarez",
];

/** Everyone annotates; a few are also project members who own labels and queues. */
export const MEMBER_EVERY = 5;

/** Lowercase ASCII local part, so the addresses are valid and stable: "liam.obrien@…". */
export function annotatorEmail(name: string): string {
  const local = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(/\s+/g, ".");
  return `${local}@annotators.example.com`;
}

/** Production dominates, as in any real deployment; canary is rare. */
export const ENVIRONMENTS: readonly string[] = ["production", "staging", "development", "eval", "canary"];
export const ENVIRONMENT_WEIGHTS: readonly number[] = [62, 14, 10, 9, 5];

export type QueueSpec = { name: string; description: string };

export const QUEUE_SPECS: readonly QueueSpec[] = [
  {
    name: "Weekly quality sample",
    description: "A random 1% of production conversations, reviewed every Monday.",
  },
  { name: "Hallucination review", description: "Answers the judge flagged as unfaithful." },
  { name: "Safety escalations", description: "Toxicity and jailbreak hits that need a human decision." },
  { name: "Low-confidence evals", description: "Evaluator scores near the pass threshold." },
  { name: "Customer complaints", description: "Conversations with a thumbs-down or a support ticket." },
  { name: "Calibration round", description: "Shared items every annotator labels, to measure agreement." },
];
