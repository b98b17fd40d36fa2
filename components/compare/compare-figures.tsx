"use client";

import { Alert } from "@/components/ui/alert";
import { formatCount, formatNumber } from "@/components/scores/format";
import { formatFigure, formatPercent } from "@/components/drilldown/format";
import { Section } from "@/components/drilldown/section";
import type { CompareFigures } from "@/lib/analytics/compare";
import type { Interval } from "@/lib/analytics/compare-math";
import { ConfusionMatrix, PerClassTable } from "./confusion-matrix";
import { DistributionView, ScatterView } from "./compare-charts";
import type { Drill } from "./compare-url";
import { TimelineView } from "./timeline-view";

const term = "text-slate-500 dark:text-slate-400";

export function formatInterval(interval: Interval | null): string {
  return interval
    ? `95% CI ${formatNumber(interval.low)} to ${formatNumber(interval.high)}`
    : "no interval (n ≤ 3)";
}

/** Every figure of the comparison; each clickable part selects the pairs behind it. */
export function CompareFiguresView({
  figures,
  drill,
  onDrill,
}: {
  figures: CompareFigures;
  drill: Drill;
  onDrill: (drill: Drill | null) => void;
}) {
  const f = figures;
  return (
    <>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr_max-content_1fr]">
        <dt className={term}>Matched pairs (n)</dt>
        <dd aria-label="Matched pairs">{formatCount(f.n)}</dd>
        <dt className={term}>Only A</dt>
        <dd aria-label="Subjects only in A">{formatCount(f.onlyA)}</dd>
        <dt className={term}>Only B</dt>
        <dd aria-label="Subjects only in B">{formatCount(f.onlyB)}</dd>
        <dt className={term}>Value types</dt>
        <dd>
          A {f.a.kind ?? "none"}, B {f.b.kind ?? "none"}
        </dd>
      </dl>
      {f.n > 0 && f.small && (
        <Alert tone="info">
          Small sample: only {formatCount(f.n)} pairs. Read the figures with their 95% intervals; they can
          move a lot with a few more pairs.
        </Alert>
      )}
      {f.mode === "empty" && (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          No subject was scored by both series in this window.
        </p>
      )}
      {f.numeric && (
        <Section title="Correlation and error">
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className={term}>Pearson r</dt>
            <dd aria-label="Pearson correlation">
              {formatFigure(f.numeric.pearson.value)}{" "}
              <span className={term}>
                ({formatInterval(f.numeric.pearson.interval)}, n = {formatCount(f.n)})
              </span>
            </dd>
            <dt className={term}>Spearman ρ</dt>
            <dd aria-label="Spearman correlation">
              {formatFigure(f.numeric.spearman.value)}{" "}
              <span className={term}>
                ({formatInterval(f.numeric.spearman.interval)}, n = {formatCount(f.n)})
              </span>
            </dd>
            <dt className={term}>Mean absolute error</dt>
            <dd aria-label="Mean absolute error">{formatFigure(f.numeric.meanAbsoluteError)}</dd>
            <dt className={term}>Root mean squared error</dt>
            <dd aria-label="Root mean squared error">{formatFigure(f.numeric.rootMeanSquaredError)}</dd>
            <dt className={term}>Mean difference A − B (bias)</dt>
            <dd aria-label="Mean difference">{formatFigure(f.numeric.meanDifference)}</dd>
            <dt className={term}>Means</dt>
            <dd>
              A {formatFigure(f.numeric.meanA)}, B {formatFigure(f.numeric.meanB)}
            </dd>
          </dl>
        </Section>
      )}
      {f.scatter && (
        <Section title="Scatter">
          <ScatterView scatter={f.scatter} onDrill={onDrill} />
        </Section>
      )}
      {f.confusion && (
        <>
          <Section title="Agreement">
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className={term}>Percent agreement</dt>
              <dd aria-label="Percent agreement">{formatPercent(f.confusion.percentAgreement)}</dd>
              <dt className={term}>Cohen&apos;s kappa</dt>
              <dd aria-label="Cohen's kappa">
                {formatFigure(f.confusion.kappa)}{" "}
                <span className={term}>
                  ({f.confusion.kappaInterval ? formatInterval(f.confusion.kappaInterval) : "no interval"}, n
                  = {formatCount(f.n)})
                </span>
              </dd>
            </dl>
          </Section>
          <Section title="Confusion matrix">
            <ConfusionMatrix confusion={f.confusion} drill={drill} onDrill={onDrill} />
          </Section>
          <Section title="Per class, B as reference">
            <PerClassTable perClass={f.confusion.perClass} />
          </Section>
        </>
      )}
      {f.distribution && (
        <Section
          title={`Distribution of ${f.distribution.numericSide.toUpperCase()} per class of ${f.distribution.classSide.toUpperCase()}`}
        >
          <DistributionView distribution={f.distribution} onDrill={onDrill} />
        </Section>
      )}
      {f.timeline.buckets.length > 0 && (
        <Section title={`Agreement per ${f.timeline.unit}`}>
          <TimelineView timeline={f.timeline} mode={f.mode} />
        </Section>
      )}
    </>
  );
}
