// Kùzu (from npm) loads kg's --format neo4j-csv export of the fixture graph with the
// load-kuzu.cypher script the export writes, and holds every node and relationship with
// its kind, ends and typed properties.
//
// usage: node check_kuzu.js EXPORT_FIXTURE NODE_MODULES
// Exits 77 (skipped) when kuzu is not installed there (tools/scripts/install-deps.sh
// installs it when npm is present).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const [fixture, modules] = process.argv.slice(2);
let kuzu;
try {
  kuzu = require(path.join(modules, 'kuzu'));
} catch (e) {
  console.log('kuzu is not installed in ' + modules + '; skipped');
  process.exit(77);
}

let failures = 0;
function expectEqual(want, got, what) {
  const a = JSON.stringify(want), b = JSON.stringify(got);
  if (a !== b) {
    console.error('FAIL ' + what + ': want ' + a + ', got ' + b);
    failures++;
  }
}

async function load(dir) {
  const db = new kuzu.Database(path.join(dir, 'db.kuzu'));
  const conn = new kuzu.Connection(db);
  const script = fs.readFileSync(path.join(dir, 'load-kuzu.cypher'), 'utf8');
  process.chdir(dir);  // COPY reads the file names relative to the export directory
  for (const line of script.split('\n')) {
    if (line.trim() === '' || line.startsWith('//')) continue;
    try {
      await conn.query(line);
    } catch (e) {
      throw new Error(line + '\n  ' + e.message);
    }
  }
  return conn;
}

async function rows(conn, q) {
  return (await conn.query(q)).getAll();
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-kuzu-'));
  try {
    execFileSync(fixture, [dir]);
    for (const name of ['neo4j', 'neo4j-provenance']) {
      const conn = await load(path.join(dir, name));
      expectEqual([{ n: 9 }], await rows(conn, 'MATCH (n) RETURN count(*) AS n'), name + ': nodes');
      expectEqual([{ n: 9 }], await rows(conn, 'MATCH ()-[r]->() RETURN count(*) AS n'), name + ': relationships');
      expectEqual([{ name: 'Nguyễn Xuân Ký', labels: 'Person' }],
                  await rows(conn, "MATCH (p:Person {kgId: 'n0'}) RETURN p.name AS name, p.labels AS labels"),
                  name + ': n0');
      expectEqual([{ labels: 'Person;Official' }],
                  await rows(conn, "MATCH (p:Person {kgId: 'n6'}) RETURN p.labels AS labels"),
                  name + ': a node of two labels, filed under the first');
      expectEqual([{ ordinal: 20, active: false }],
                  await rows(conn, "MATCH (e:Event) RETURN e.ordinal AS ordinal, e.active AS active"),
                  name + ': typed properties');
      expectEqual([{ from: 'n0', to: 'n1', first: '2019-01-02' }],
                  await rows(conn, 'MATCH (a)-[h:HOLDS]->(b) RETURN a.kgId AS from, b.kgId AS to, h.firstSeen AS first'),
                  name + ': HOLDS');
      expectEqual([{ n: 2 }], await rows(conn, 'MATCH (:Event)-[d:DISCUSSED]->(:Document) RETURN count(d) AS n'),
                  name + ': the parallel pair');
    }
  } finally {
    process.chdir(os.tmpdir());
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (failures > 0) process.exit(1);
  console.log('kuzu: ok');
})().catch((e) => {
  console.error('FAIL ' + e.message);
  process.exit(1);
});
