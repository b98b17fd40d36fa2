import type { LabelPlan } from "./plan-types";
import type { Prng } from "./prng";
import { CORRECTIONS, TEXT_POOLS } from "./text-pools";

/**
 * One drawn value in every representation a score row carries. Reused between rows (the hot
 * loop allocates nothing here except a multi-select array).
 */
export type ValueSlot = {
  numeric: number | null;
  text: string | null;
  categories: string[] | null;
  json: object | null;
  /** 0 = bad … 1 = good, whatever the label's scale: drives comment tone and evaluator pass/fail. */
  goodness: number;
};

export const emptyValue = (): ValueSlot => ({
  numeric: null,
  text: null,
  categories: null,
  json: null,
  goodness: 0.5,
});

/** Models are mostly decent: 70% of judgements land in the upper part of the scale. */
function skewedGood(rng: Prng): number {
  const u = rng.float();
  return rng.chance(0.7) ? 0.55 + 0.45 * Math.sqrt(u) : u;
}

function roundToStep(value: number, label: LabelPlan): number {
  if (!label.step) return Math.round(value * 1000) / 1000;
  const steps = Math.round((value - label.min) / label.step);
  // Decimal steps (0.05, 0.01) would leave 0.35000000000000003; three decimals cover every catalog step.
  return Math.round((label.min + steps * label.step) * 1000) / 1000;
}

/** Category index skewed towards the first (best) category. */
function skewedIndex(rng: Prng, count: number): number {
  return Math.min(count - 1, Math.floor(count * Math.pow(rng.float(), 1.8)));
}

export function drawValue(label: LabelPlan, rng: Prng, out: ValueSlot): void {
  out.numeric = null;
  out.text = null;
  out.categories = null;
  out.json = null;
  switch (label.dataType) {
    case "NUMERIC": {
      const g = skewedGood(rng);
      out.numeric = Math.min(label.max, roundToStep(label.min + g * (label.max - label.min), label));
      out.goodness = label.polarity === 1 ? g : 1 - g;
      return;
    }
    case "BOOLEAN": {
      // "Bad" booleans (toxicity, hallucination) fire rarely; "good" ones (thumbs-up) mostly pass.
      const yes = rng.chance(label.polarity === 1 ? 0.78 : 0.08);
      out.numeric = yes ? 1 : 0;
      out.text = yes ? "True" : "False";
      out.goodness = yes === (label.polarity === 1) ? 1 : 0;
      return;
    }
    case "CATEGORICAL": {
      const count = label.categories.length;
      const first = skewedIndex(rng, count);
      out.numeric = label.categories[first].value;
      out.text = label.categories[first].label;
      out.goodness = count > 1 ? 1 - first / (count - 1) : 1;
      if (label.multi) {
        const chosen = [label.categories[first].label];
        const extra = rng.chance(0.35) ? (rng.chance(0.3) ? 2 : 1) : 0;
        for (let k = 0; k < extra; k++) {
          const next = label.categories[rng.int(count)].label;
          if (!chosen.includes(next)) chosen.push(next);
        }
        out.categories = chosen;
      }
      return;
    }
    case "TEXT":
      out.text = rng.pick(TEXT_POOLS[label.text ?? "notes"]);
      out.goodness = 0.5;
      return;
    case "CORRECTION":
      out.text = rng.pick(CORRECTIONS);
      out.goodness = 0.2;
      return;
    case "JSON":
      out.json = rng.pick(label.jsonPool);
      out.goodness = 0.5;
      return;
  }
}
