// Runs Mozilla Readability.js (in jsdom) over the given page files (after --warmup N untimed passes, and more until
// --warmup-seconds S have gone by) and reports throughput as one JSON line on stdout:
// {"pages", "bytes", "seconds", "cpuSeconds" (user + system, the whole process), "warmupPasses", "failed"}. With --texts FILE, also writes
// {"id": extracted text} there, so the same scorer can grade both extractors.
// Scripts in the pages are never run: jsdom's default is runScripts: undefined (no execution).
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { basename } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const args = process.argv.slice(2);
let textsOut = null;
let warmup = 0;
let warmupSeconds = 0;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--texts") textsOut = args[++i];
  else if (args[i] === "--warmup") warmup = Number(args[++i]);
  else if (args[i] === "--warmup-seconds") warmupSeconds = Number(args[++i]);
  else files.push(args[i]);
}
const pages = files.map((f) => {
  let buf = readFileSync(f);
  if (f.endsWith(".gz")) buf = gunzipSync(buf);
  return { id: basename(f).replace(/\.gz$/, "").replace(/\.html?$/, ""), html: buf.toString("utf8"), bytes: buf.length };
});
const quiet = new VirtualConsole();
const texts = {};
let failed = 0;
function pass() {
  failed = 0;
  for (const p of pages) {
    try {
      const dom = new JSDOM(p.html, { url: "https://example.org/", virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      texts[p.id] = article && article.textContent ? article.textContent : "";
      dom.window.close();
    } catch (e) {
      failed++;
      texts[p.id] = "";
    }
  }
}
// Untimed passes first, as Dateline gets, so both are measured warm.
let warmupPasses = 0;
const w0 = process.hrtime.bigint();
while (warmupPasses < warmup || Number(process.hrtime.bigint() - w0) / 1e9 < warmupSeconds) {
  pass();
  warmupPasses++;
}
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
pass();
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
if (textsOut) writeFileSync(textsOut, JSON.stringify(texts));
const bytes = pages.reduce((a, p) => a + p.bytes, 0);
console.log(JSON.stringify({ pages: pages.length, bytes, seconds, cpuSeconds, warmupPasses, failed }));
