// Runs Lighthouse on each "name=url" argument in the system's Chromium and writes bench/portal-lighthouse.md.
import { writeFileSync } from "node:fs";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const pages = process.argv.slice(2).map((argument) => argument.split(/=(.*)/s).slice(0, 2));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.GOVREWARDS_CHROMIUM ?? "/usr/lib/chromium/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
const rows = [];
try {
  for (const [name, url] of pages) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
    const score = (category) => Math.round(lhr.categories[category].score * 100);
    const metric = (id) => lhr.audits[id].displayValue;
    const row = {
      name, path: new URL(url).pathname, performance: score("performance"), accessibility: score("accessibility"),
      fcp: metric("first-contentful-paint"), lcp: metric("largest-contentful-paint"), tbt: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"), bytes: `${Math.round(lhr.audits["total-byte-weight"].numericValue / 1024)} KiB`,
      failing: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id)).map((a) => a.id),
    };
    rows.push(row);
    console.log(`${name.padEnd(10)} performance ${row.performance}  accessibility ${row.accessibility}  FCP ${row.fcp}  LCP ${row.lcp}  TBT ${row.tbt}  CLS ${row.cls}  ${row.bytes}${row.failing.length ? `  failing: ${row.failing.join(", ")}` : ""}`);
  }
} finally {
  await chrome.kill();
}
const met = rows.every((r) => r.performance >= 95 && r.accessibility === 100);
const report = [
  "# Portal: Lighthouse",
  "",
  `Produced by \`bench/portal-lighthouse\` (Lighthouse 13.5.0, Chromium ${chrome.process?.spawnargs?.[0] ?? ""}, default mobile profile: simulated slow 4G, 4x CPU slowdown) against the demo's portal on ${new Date().toISOString().slice(0, 10)}.`,
  "Targets: performance at least 95, accessibility 100.",
  "",
  "| page | path | performance | accessibility | FCP | LCP | TBT | CLS | transferred |",
  "|---|---|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map((r) => `| ${r.name} | \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.bytes} |`),
  "",
  met ? "Every target met." : "A target was missed: see the failing audits above.",
  "",
].join("\n");
writeFileSync(new URL("./portal-lighthouse.md", import.meta.url), report);
process.exitCode = met ? 0 : 1;
