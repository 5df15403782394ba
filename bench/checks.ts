import { carryOver } from "@/lib/report/carry-over";
import { buildCorpus, reviewChecks, type ComparedReport } from "@/lib/report/review-checks";
import { laochengReport } from "./laocheng";
import { median, ms } from "./measure";

/**
 * All review checks on the Laocheng report against last year's and ten
 * sibling units' reports, as the editor runs them on a snapshot: the corpus
 * is built once when the editor opens, then every review reuses it. Target:
 * < 20 ms warm.
 */
export async function benchChecks(): Promise<void> {
  const last = laochengReport();
  const current = carryOver(last, { carryTexts: true });
  // Siblings: the same report, each sentence changed a little, so neither exact matching nor the index short-cuts everything.
  const siblings: ComparedReport[] = Array.from({ length: 10 }, (_, k) => {
    const r = structuredClone(last);
    r.preamble = `${r.preamble}第${k}单位补充说明。`;
    r.parts.forEach((p) => {
      if ("items" in p) p.intro = p.intro.replaceAll("区", k % 2 ? "县" : "区");
    });
    return { label: `单位${k + 1}`, relation: "sibling", report: r };
  });
  const compared: ComparedReport[] = [{ label: "上年报告", relation: "previous", report: last }, ...siblings];

  const t0 = performance.now();
  const corpus = buildCorpus(compared);
  const build = performance.now() - t0;

  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < 30; i++) {
    // A keystroke's worth of change: one field differs from the snapshot before.
    current.preamble = `${current.preamble.slice(0, -1)}${i % 2 ? "：" : "。"}`;
    const start = performance.now();
    findings = reviewChecks(current, { corpus, previous: last, deadlines: { reportDue: "03-01", publishDue: "04-01", now: new Date() } }).length;
    times.push(performance.now() - start);
  }
  const warm = median(times.slice(5));
  console.log(`review checks: Laocheng + last year + 10 siblings: corpus ${ms(build)} once, checks ${warm.toFixed(1)} ms warm (median), first ${ms(times[0] ?? 0)}, ${findings} findings (target < 20 ms warm)`);
}
