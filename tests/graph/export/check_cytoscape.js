// Cytoscape.js (headless, in Node) reads kg's --format cytoscape export of the fixture graph:
// every node and relationship, their ends, kinds, labels and properties, the parallel pair
// and the self-loop, and the provenance arrays.
//
// usage: node check_cytoscape.js EXPORT_FIXTURE NODE_MODULES
// Exits 77 (skipped) when cytoscape is not installed there (tools/scripts/install-deps.sh
// installs it when npm is present).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const [fixture, modules] = process.argv.slice(2);
let cytoscape;
try {
  cytoscape = require(path.join(modules, 'cytoscape'));
} catch (e) {
  console.log('cytoscape is not installed in ' + modules + '; skipped');
  process.exit(77);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cytoscape-'));
let failures = 0;
function expectEqual(want, got, what) {
  const a = JSON.stringify(want), b = JSON.stringify(got);
  if (a !== b) {
    console.error('FAIL ' + what + ': want ' + a + ', got ' + b);
    failures++;
  }
}
try {
  execFileSync(fixture, [dir]);
  const json = JSON.parse(fs.readFileSync(path.join(dir, 'cytoscape.json'), 'utf8'));
  const cy = cytoscape({ headless: true, elements: json.elements });
  expectEqual(9, cy.nodes().length, 'node count');
  expectEqual(9, cy.edges().length, 'relationship count');
  expectEqual(json.data.nodeCount, cy.nodes().length, 'data.nodeCount');
  const ky = cy.getElementById('n0');
  expectEqual('Nguyễn Xuân Ký', ky.data('label'), 'n0 label');
  expectEqual('Person', ky.data('kgType'), 'n0 kind');
  expectEqual(['baomoi-1001', 'baomoi-1002'], ky.data('articles'), 'n0 articles');
  expectEqual('Person:Official', cy.getElementById('n6').data('kgType'), 'n6 kind');
  const doc = cy.getElementById('n4');
  expectEqual('Nghị quyết', doc.data('prop.type'), "a Document's own type, renamed");
  expectEqual([2020, 2021], doc.data('years'), 'a list property');
  expectEqual(20, cy.getElementById('n3').data('ordinal'), 'an integer property');
  expectEqual(false, cy.getElementById('n3').data('active'), 'a boolean property');
  const e0 = cy.getElementById('e0');
  expectEqual(['n0', 'n1'], [e0.source().id(), e0.target().id()], 'e0 ends');
  expectEqual('HOLDS', e0.data('kgType'), 'e0 kind');
  expectEqual('2019-01-02', e0.data('firstSeen'), 'e0 firstSeen');
  // the two DISCUSSED relationships stay two; the self-loop stays a loop
  expectEqual(2, cy.getElementById('n3').edgesTo(cy.getElementById('n4')).length, 'parallel pair');
  expectEqual(true, cy.getElementById('e7').isLoop(), 'self-loop');
  expectEqual('lạ', cy.getElementById('e8').data('prop.type'), "an edge's own type, renamed");
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
if (failures > 0) process.exit(1);
console.log('cytoscape.js: ok');
