// Site search with Pagefind: a progressive enhancement of the search page's own form.
const root = document.querySelector("[data-pagefind-base]");
const MAX_RESULTS = 30;

function excerptNodes(html) {
  // Keep only text and Pagefind's <mark> highlights: nothing else from the index is trusted.
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  const out = [];
  for (const node of doc.body.firstChild.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent));
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

async function start() {
  const base = new URL(root.dataset.pagefindBase, document.baseURI);
  const form = root.querySelector("form");
  const input = form.querySelector("input[type=search]");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  let pagefind;
  try {
    pagefind = await import(new URL("pagefind.js", base).href);
    await pagefind.options({ baseUrl: base.pathname.replace(/pagefind\/$/, "") });
  } catch (error) {
    status.textContent = "Search could not load. Browse the sections and archives instead.";
    return;
  }
  status.textContent = "Type a word and press Search.";
  let latest = 0;
  async function run(query) {
    const ticket = ++latest;
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = "Type a word and press Search.";
      return;
    }
    status.textContent = "Searching…";
    const search = await pagefind.search(query);
    const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...found.map(renderResult));
    const n = search.results.length;
    status.textContent = n === 0 ? `No stories found for “${query}”.`
      : `${n} ${n === 1 ? "story" : "stories"} found for “${query}”.`;
  }
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
