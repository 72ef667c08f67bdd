// Kùzu (from npm) reads kg's typed dates: the seed graph plus a one-line article whose
// date has no year, exported as neo4j-admin CSV (load-kuzu.cypher) and as a Cypher script
// (its //kuzu schema lines, then its statements), answers date questions as kg does —
// events on or after a date, year-less events (in the dateMonthDay column), the first
// and last HOLDS attestation.
//
// usage: node check_kuzu_dates.js KG SOURCE_DIR NODE_MODULES
// Exits 77 (skipped) when kuzu is not installed there.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const [kg, source, modules] = process.argv.slice(2);
let kuzu;
try {
  kuzu = require(path.join(modules, 'kuzu'));
} catch (e) {
  console.log('kuzu is not installed in ' + modules + '; skipped');
  process.exit(77);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-kuzu-dates-'));
const run = (args) => execFileSync(kg, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const yearless = path.join(work, 'yearless.jsonl');
fs.writeFileSync(yearless, JSON.stringify({
  id: 'yearless',
  text: 'Ngày 28/6, Ban Thường vụ Tỉnh ủy Quảng Ninh họp dưới sự chủ trì của đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy.',
}) + '\n');
const graph = path.join(work, 'g.kg');
run(['build', path.join(source, 'seeds'), yearless, '-o', graph, '--quiet']);
run(['export', graph, '--format', 'neo4j-csv', '-o', path.join(work, 'csv')]);
run(['export', graph, '--format', 'cypher', '-o', path.join(work, 'g.cypher')]);

// The questions, in kg's Cypher and in Kùzu's (year-less dates sit in dateMonthDay there).
const questions = [
  ['events from 2024', "MATCH (e:Event) WHERE e.date >= date('2024-01-01') RETURN count(*) AS n",
   "MATCH (e:Event) WHERE e.date >= date('2024-01-01') RETURN count(*) AS n"],
  ['year-less events', 'MATCH (e:Event) WHERE e.date.year IS NULL AND e.date IS NOT NULL RETURN count(*) AS n',
   'MATCH (e:Event) WHERE e.dateMonthDay IS NOT NULL RETURN count(*) AS n'],
  ['first attestation', 'MATCH ()-[h:HOLDS]->() RETURN toString(min(h.firstSeen)) AS n',
   'MATCH ()-[h:HOLDS]->() RETURN CAST(min(h.firstSeen), "STRING") AS n'],
  ['last attestation', 'MATCH ()-[h:HOLDS]->() RETURN toString(max(h.lastSeen)) AS n',
   'MATCH ()-[h:HOLDS]->() RETURN CAST(max(h.lastSeen), "STRING") AS n'],
];
const want = questions.map(([, q]) => JSON.parse(run(['query', graph, '--format', 'json', '-e', q])).rows[0][0]);

let failures = 0;
async function check(what, statements) {
  const db = new kuzu.Database(path.join(work, what + '.kuzu'));
  const conn = new kuzu.Connection(db);
  for (const s of statements) await conn.query(s);
  for (let i = 0; i < questions.length; ++i) {
    const rows = await (await conn.query(questions[i][2])).getAll();
    const got = typeof rows[0].n === 'bigint' ? Number(rows[0].n) : rows[0].n;
    if (JSON.stringify(got) !== JSON.stringify(want[i])) {
      console.error('FAIL ' + what + ', ' + questions[i][0] + ': kg says ' + JSON.stringify(want[i]) +
                    ', Kùzu ' + JSON.stringify(got));
      failures++;
    }
  }
}

(async () => {
  if (want[1] < 1) throw new Error('the year-less article gave no year-less event');
  const csv = path.join(work, 'csv');
  process.chdir(csv);  // COPY reads the file names relative to the export directory
  await check('neo4j-csv', fs.readFileSync('load-kuzu.cypher', 'utf8').split('\n')
                                .filter((l) => l.trim() !== '' && !l.startsWith('//')));
  const script = fs.readFileSync(path.join(work, 'g.cypher'), 'utf8').split('\n');
  const schema = script.filter((l) => l.startsWith('//kuzu ')).map((l) => l.slice(7));
  // the statements end in ';' and a node batch spans lines
  const body = script.filter((l) => !l.startsWith('//')).join('\n').split(';\n').filter((s) => s.trim() !== '');
  await check('cypher', schema.concat(body));
  fs.rmSync(work, { recursive: true, force: true });
  if (failures) process.exit(1);
  console.log('ok: ' + questions.map(([w], i) => w + ' ' + want[i]).join(', '));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
