// Site search with Pagefind: a progressive enhancement of the search page's own form.
// Served as theme/js/search.js by Wiredesk's theme; inlined by the search page the
// package ships for other themes.
const root = document.querySelector("[data-pagefind-base]");
const MAX_RESULTS = 30;

function excerptNodes(html) {
  // Pagefind's excerpt is the page's text with "<" and ">" escaped (nothing else) and
  // <mark> around the words found. Split on the marks and undo those two escapes: the
  // text is shown as text (never parsed as HTML), so "<GE>" or "R&amp;D" stay words.
  const out = [];
  let marked = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === "<mark>" || part === "</mark>") {
      marked = part === "<mark>";
      continue;
    }
    const text = document.createTextNode(part.replaceAll("&lt;", "<").replaceAll("&gt;", ">"));
    if (marked) {
      const mark = document.createElement("mark");
      mark.append(text);
      out.push(mark);
    } else {
      out.push(text);
    }
  }
  return out;
}

function renderResult(data) {
  const item = document.createElement("li");
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = (data.meta && data.meta.title) || data.url;
  heading.append(link);
  const excerpt = document.createElement("p");
  excerpt.append(...excerptNodes(data.excerpt || ""));
  item.append(heading, excerpt);
  return item;
}

// The index is one Pagefind bundle per week, newest first. A search covers the newest
// BATCH weeks; "Search older stories" merges the next BATCH weeks into the same index and
// searches again, so the browser never loads every week of a large archive at once.
const BATCH = 12;

async function openIndex(base) {
  const response = await fetch(new URL("shards.json", base));
  if (!response.ok) throw new Error(`shards.json: ${response.status}`);
  const shards = await response.json();
  if (shards.length === 0) return null;
  const options = { baseUrl: base.pathname.replace(/pagefind\/$/, "") };
  const pagefind = await import(new URL(`${shards[0]}pagefind.js`, base).href);
  await pagefind.options(options);
  const index = { pagefind, merged: 1, left: () => shards.length - index.merged };
  // Merged results are ordered by score; ties keep the newer week first.
  index.merge = async (count) => {
    for (const shard of shards.slice(index.merged, index.merged + count)) {
      await pagefind.mergeIndex(new URL(shard, base).href, options);
      index.merged += 1;
    }
  };
  await index.merge(BATCH - 1);
  return index;
}

function olderButton() {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "search-older";
  button.textContent = "Search older stories";
  button.hidden = true;
  return button;
}

async function start() {
  const base = new URL(root.dataset.pagefindBase, document.baseURI);
  const form = root.querySelector("form");
  const input = form.querySelector("input[type=search]");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  let index;
  try {
    index = await openIndex(base);
  } catch (error) {
    status.textContent = "Search could not load. Browse the sections and archives instead.";
    return;
  }
  if (!index) {
    status.textContent = "There are no stories to search yet.";
    return;
  }
  const older = olderButton();
  list.after(older);
  status.textContent = "Type a word and press Search.";
  let latest = 0;
  async function run(query) {
    const ticket = ++latest;
    list.replaceChildren();
    older.hidden = true;
    if (!query.trim()) {
      status.textContent = "Type a word and press Search.";
      return;
    }
    status.textContent = "Searching…";
    const search = await index.pagefind.search(query);
    const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...found.map(renderResult));
    const n = search.results.length;
    const scope = index.left() > 0 ? ` in the newest ${index.merged} weeks` : "";
    status.textContent = n === 0 ? `No stories found for “${query}”${scope}.`
      : `${n} ${n === 1 ? "story" : "stories"} found for “${query}”${scope}.`;
    older.hidden = index.left() === 0;
  }
  older.addEventListener("click", async () => {
    status.textContent = "Searching older stories…";
    await index.merge(BATCH);
    run(input.value);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set("q", input.value);
    history.replaceState(null, "", url);
    run(input.value);
  });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
}

if (root) start();
