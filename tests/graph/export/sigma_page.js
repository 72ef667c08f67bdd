// The page check_sigma.js opens in headless Chromium (bundled for the browser by esbuild):
// reads the GraphML in window.kgGraphml with graphology-graphml and draws it with Sigma.js 3,
// as Gephi Lite does. GraphML carries no positions, so, like Gephi Lite on import, the page
// places the nodes itself (in columns, in file order) and colours them by kgType; it leaves
// every attribute the file gave alone (a node's `type` would name the program that draws it).
//
// It reports on the console, one line that check_sigma.js reads from Chromium's log:
//   kg-sigma {"order":…,"size":…,"nodes":[{"id","kind","colour","x","y"}…]}
//   kg-sigma {"error":"Sigma: could not find a suitable program for node type \"Person\"!"}
import Graph from 'graphology';
import { parse } from 'graphology-graphml/browser';
import Sigma from 'sigma';

// One colour per first label (none of them the background, the grey of the edges or the
// black of the labels); other labels share the last.
const COLOURS = {
  Person: '#d62728', Role: '#ff7f0e', Body: '#1f77b4', Event: '#2ca02c',
  Document: '#9467bd', Target: '#17becf',
};
const OTHER = '#e377c2';
const NODE_SIZE = 8;
const ROW_HEIGHT = 24;

let reported = false;
function report(result) {
  if (reported) return;
  reported = true;
  console.log('kg-sigma ' + JSON.stringify(result));
}
window.addEventListener('error', (e) => report({ error: String(e.message) }));
window.addEventListener('unhandledrejection', (e) => report({ error: String(e.reason) }));

try {
  const graph = parse(Graph, window.kgGraphml);
  const container = document.getElementById('graph');
  // Columns of rows ROW_HEIGHT apart, in pixel-like units so that the grid has the shape of
  // the screen (Sigma scales x and y alike); a label runs right of its node, so a column
  // leaves the width of the screen divided among them for labels.
  const rows = Math.max(1, Math.floor(container.clientHeight / ROW_HEIGHT) - 2);
  const columns = Math.ceil(graph.order / rows);
  const columnWidth = container.clientWidth / columns;
  let i = 0;
  graph.forEachNode((node, attrs) => {
    const kind = String(attrs.kgType || '').split(':')[0];
    graph.mergeNodeAttributes(node, {
      x: Math.floor(i / rows) * columnWidth, y: -(i % rows) * ROW_HEIGHT, size: NODE_SIZE,
      color: COLOURS[kind] || OTHER,
    });
    i++;
  });
  const renderer = new Sigma(graph, container, { defaultEdgeType: 'arrow', defaultEdgeColor: '#cccccc' });
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const nodes = graph.mapNodes((node, attrs) => {
      const shown = renderer.getNodeDisplayData(node);
      const at = shown ? renderer.framedGraphToViewport(shown) : { x: NaN, y: NaN };
      return { id: node, kind: String(attrs.kgType), colour: attrs.color, x: at.x, y: at.y,
               hidden: !shown || !!shown.hidden };
    });
    report({ order: graph.order, size: graph.size, multi: graph.multi, nodes });
  }));
} catch (e) {
  report({ error: String(e && e.message ? e.message : e) });
}
