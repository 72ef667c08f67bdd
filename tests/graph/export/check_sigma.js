// Sigma.js 3 (the renderer of Gephi Lite) draws kg's GraphML export of the seed graph: the
// file is read by graphology-graphml and drawn by Sigma in headless Chromium (WebGL through
// SwiftShader), which screenshots the page. Required:
//   - Sigma threw nothing (a node whose `type` names no program, such as "Person", throws
//     "could not find a suitable program for node type"; kg writes its kind as kgType);
//   - graphology read as many nodes and relationships as the file has, and Sigma holds
//     every node, shown;
//   - the screenshot shows each node: its colour (the page colours by kind) fills most of
//     a small disc at the node's place, and every kind's colour is on the screen.
//
// usage: node check_sigma.js KG SOURCE_DIR NODE_MODULES [FILE.graphml]
// With FILE.graphml, draws that file instead of the seeds' export (to see the check fail on
// a file that makes Sigma throw). Exits 77 (skipped) when Chromium or the npm packages are
// missing (tools/scripts/install-deps.sh installs them when npm is present).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { execFileSync, spawnSync } = require('child_process');

const [kg, source, modules, given] = process.argv.slice(2);
const WIDTH = 1600;
const HEIGHT = 1000;

function skip(why) {
  console.log('SKIP: ' + why);
  process.exit(77);
}
for (const name of ['sigma', 'graphology', 'graphology-graphml', 'esbuild']) {
  try {
    require.resolve(path.join(modules, name));
  } catch (e) {
    skip(name + ' is not installed in ' + modules + ' (tools/scripts/install-deps.sh)');
  }
}
const esbuild = require(path.join(modules, 'esbuild'));
const chromium = ['chromium', 'chromium-browser'].map((c) => spawnSync('sh', ['-c', 'command -v ' + c]))
  .map((r) => r.stdout.toString().trim()).find((p) => p !== '');
if (!chromium) skip('Chromium is not installed (Debian: apt-get install chromium)');

// PNG (8-bit greyscale, RGB or RGBA, not interlaced: what Chromium writes) to RGB rows.
function readPng(file) {
  const data = fs.readFileSync(file);
  let pos = 8;
  const idat = [];
  let header;
  while (pos < data.length) {
    const length = data.readUInt32BE(pos);
    const kind = data.toString('latin1', pos + 4, pos + 8);
    const body = data.subarray(pos + 8, pos + 8 + length);
    if (kind === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4),
                                    depth: body[8], colour: body[9], interlace: body[12] };
    if (kind === 'IDAT') idat.push(body);
    pos += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 6: 4 }[header.colour];
  if (header.depth !== 8 || !channels || header.interlace) throw new Error(file + ': unsupported PNG');
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = header.width * channels;
  let previous = Buffer.alloc(stride);
  const pixels = Buffer.alloc(header.width * header.height * 3);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? line[i - channels] : 0;
      const up = previous[i];
      const corner = i >= channels ? previous[i - channels] : 0;
      let add = 0;
      if (filter === 1) add = left;
      else if (filter === 2) add = up;
      else if (filter === 3) add = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - corner;
        const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - corner);
        add = pa <= pb && pa <= pc ? left : pb <= pc ? up : corner;
      }
      line[i] = (line[i] + add) & 0xff;
    }
    for (let x = 0; x < header.width; x++) {
      for (let c = 0; c < 3; c++) {
        pixels[(y * header.width + x) * 3 + c] = line[x * channels + (channels === 1 ? 0 : c)];
      }
    }
    previous = line;
  }
  return { width: header.width, height: header.height, pixels };
}

function near(png, x, y, rgb) {
  const i = (y * png.width + x) * 3;
  return [0, 1, 2].every((c) => Math.abs(png.pixels[i + c] - rgb[c]) <= 8);
}
const rgbOf = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

// Draws GRAPHML in Chromium: returns the page's report and the screenshot.
function draw(work, name, graphml) {
  fs.writeFileSync(path.join(work, name + '.data.js'), 'window.kgGraphml = ' + JSON.stringify(graphml) + ';\n');
  fs.writeFileSync(path.join(work, name + '.html'),
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}' +
    '#graph{width:' + WIDTH + 'px;height:' + HEIGHT + 'px}</style></head><body><div id="graph"></div>' +
    '<script src="' + name + '.data.js"></script><script src="page.js"></script></body></html>\n');
  const png = path.join(work, name + '.png');
  // A fresh profile and home; no sandbox, since CI runs as root; WebGL on SwiftShader, which
  // Chromium no longer falls back to unasked.
  const run = spawnSync('timeout', ['120', chromium, '--headless=new', '--no-sandbox', '--disable-gpu',
    '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--hide-scrollbars',
    '--force-device-scale-factor=1', '--window-size=' + WIDTH + ',' + HEIGHT,
    '--user-data-dir=' + path.join(work, 'profile'), '--virtual-time-budget=5000',
    '--enable-logging=stderr', '--v=0', '--screenshot=' + png,
    'file://' + path.join(work, name + '.html')],
  { env: { ...process.env, HOME: work, XDG_CONFIG_HOME: path.join(work, 'config'),
           XDG_CACHE_HOME: path.join(work, 'cache') } });
  const log = run.stderr.toString();
  const line = log.split('\n').find((l) => l.includes('"kg-sigma '));
  if (!line) throw new Error('the page reported nothing; Chromium said:\n' + log.split('\n').slice(-20).join('\n'));
  // Chromium logs the message as it is, quoted: [...:INFO:CONSOLE:NN] "kg-sigma {…}", source: file://… (NN)
  const start = line.indexOf('"kg-sigma ') + '"kg-sigma '.length;
  const report = JSON.parse(line.slice(start, line.lastIndexOf('", source: ')));
  if (!fs.existsSync(png)) throw new Error('Chromium wrote no screenshot:\n' + log);
  return { report, png: readPng(png) };
}

const failures = [];
function expect(condition, message) {
  if (!condition) failures.push(message);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-sigma-'));
try {
  let file = given;
  if (!file) {
    execFileSync(kg, ['build', path.join(source, 'seeds'), '-o', path.join(work, 'seeds.kg'), '--quiet']);
    file = path.join(work, 'seeds.graphml');
    execFileSync(kg, ['export', path.join(work, 'seeds.kg'), '--format', 'graphml', '-o', file],
                 { stdio: 'ignore' });
  }
  const graphml = fs.readFileSync(file, 'utf8');
  esbuild.buildSync({ entryPoints: [path.join(__dirname, 'sigma_page.js')], bundle: true, format: 'iife',
                      outfile: path.join(work, 'page.js'), nodePaths: [modules], logLevel: 'error' });
  const { report, png } = draw(work, 'graph', graphml);
  if (report.error) {
    failures.push('Sigma.js: ' + report.error);
  } else {
    const nodes = (graphml.match(/<node /g) || []).length;
    const edges = (graphml.match(/<edge /g) || []).length;
    expect(nodes > 0, 'the file has no nodes');
    expect(report.order === nodes, 'graphology read ' + report.order + ' nodes of ' + nodes);
    expect(report.size === edges, 'graphology read ' + report.size + ' relationships of ' + edges);
    expect(report.nodes.length === nodes, 'the page reported ' + report.nodes.length + ' nodes');
    // Each node: most of a disc of radius 4 at its centre in its colour (a label drawn
    // across it may cover some).
    const drawn = new Map();
    for (const n of report.nodes) {
      const x = Math.round(n.x), y = Math.round(n.y);
      if (n.hidden || !(x >= 4 && y >= 4 && x < png.width - 4 && y < png.height - 4)) {
        failures.push(n.id + ' (' + n.kind + ') is hidden or off the screen at ' + n.x + ',' + n.y);
        continue;
      }
      const rgb = rgbOf(n.colour);
      let inside = 0, coloured = 0;
      for (let dy = -4; dy <= 4; dy++) {
        for (let dx = -4; dx <= 4; dx++) {
          if (dx * dx + dy * dy > 16) continue;
          inside++;
          if (near(png, x + dx, y + dy, rgb)) coloured++;
        }
      }
      if (coloured * 2 < inside) {
        failures.push(n.id + ' (' + n.kind + ') not drawn: ' + coloured + ' of ' + inside +
                      ' pixels at ' + x + ',' + y + ' are ' + n.colour);
      } else {
        drawn.set(n.colour, (drawn.get(n.colour) || 0) + 1);
      }
    }
    // every kind's colour on the screen, and more than the background
    const kinds = new Set(report.nodes.map((n) => n.colour));
    let background = 0;
    for (let i = 0; i < png.pixels.length; i += 3) {
      if (png.pixels[i] > 245 && png.pixels[i + 1] > 245 && png.pixels[i + 2] > 245) background++;
    }
    expect(background < png.width * png.height, 'the screenshot is blank');
    console.log('sigma.js: ' + report.order + ' nodes, ' + report.size + ' relationships' +
                (report.multi ? ' (multigraph)' : '') + '; drawn by colour: ' +
                [...drawn].map(([c, n]) => c + ' ' + n).join(', ') + '; ' +
                (100 - 100 * background / (png.width * png.height)).toFixed(1) + '% of the screen not white');
    expect(drawn.size === kinds.size, 'colours drawn ' + drawn.size + ' of ' + kinds.size);
  }
} catch (e) {
  failures.push(e.message);
} finally {
  if (!process.env.KG_KEEP) fs.rmSync(work, { recursive: true, force: true });
  else console.log('kept ' + work);
}
for (const f of failures) console.error('FAIL sigma.js: ' + f);
if (failures.length > 0) process.exit(1);
console.log('sigma.js: ok');
