// Render CSL-JSON items with citeproc-js (npm `citeproc`), the engine Zotero uses.
// Reads one JSON request on stdin:
//   {"style": CSL XML, "locale": locale XML, "items": [CSL-JSON],
//    "bibliography": true|false,
//    "notes": [[{"id", "locator", "label"}, ...], ...]}   // one list per note
// and writes {"bibliography": [entry text], "bibliography_ids": [id],
//             "notes": [note text], "seconds": {...}}; `seconds.bibliography`
// includes reading the style, `bibliography_without_style` does not.
const CSL = require("citeproc");

let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const request = JSON.parse(input);
  const items = Object.fromEntries(request.items.map((item) => [item.id, item]));
  const sys = {
    retrieveLocale: () => request.locale,
    retrieveItem: (id) => items[id],
  };
  const result = { bibliography: [], notes: [], seconds: {} };

  if (request.bibliography) {
    const start = process.hrtime.bigint();
    const engine = new CSL.Engine(sys, request.style, "en-US");
    engine.setOutputFormat("text");
    const ready = process.hrtime.bigint();
    engine.updateItems(request.items.map((item) => item.id));
    const [params, entries] = engine.makeBibliography();
    result.seconds.bibliography_without_style = Number(process.hrtime.bigint() - ready) / 1e9;
    result.bibliography = entries.map((entry) => entry.trim());
    result.bibliography_ids = params.entry_ids.map((ids) => ids[0]);
    result.seconds.bibliography = Number(process.hrtime.bigint() - start) / 1e9;
  }

  if (request.notes) {
    const start = process.hrtime.bigint();
    const engine = new CSL.Engine(sys, request.style, "en-US");
    engine.setOutputFormat("text");
    const pre = [];
    request.notes.forEach((cites, index) => {
      if (cites.length === 0) { result.notes.push(""); return; }
      const citation = {
        citationItems: cites.map((c) => ({ id: c.id, locator: c.locator || undefined, label: c.label || undefined })),
        properties: { noteIndex: index + 1 },
        citationID: `c${index}`,
      };
      const [, rendered] = engine.processCitationCluster(citation, pre, []);
      const mine = rendered.find((r) => r[2] === citation.citationID);
      pre.push([citation.citationID, index + 1]);
      result.notes.push(mine ? mine[1] : "");
    });
    result.seconds.notes = Number(process.hrtime.bigint() - start) / 1e9;
  }
  process.stdout.write(JSON.stringify(result));
});
