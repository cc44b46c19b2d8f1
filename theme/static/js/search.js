/* The search page: Pagefind on the served site; MiniSearch on the offline index from file://.
 * Both give the same results: one entry per article, best first, with its matching paragraphs
 * linked to their anchors. No inline script, no eval: the page's Content-Security-Policy holds. */
'use strict';

(() => {
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const query = (new URLSearchParams(window.location.search).get('q') || '').trim();
  const PARAGRAPHS_SHOWN = 3;
  const WORD = '[\\p{L}\\p{N}]';

  for (const box of document.querySelectorAll('input[name="q"]')) box.value = query;
  if (!list || !status || !query) return;
  status.textContent = `Searching for “${query}”…`;
  search(query).then(show, (error) => {
    status.textContent = `Search failed: ${error.message}`;
  });

  /** Results from Pagefind when the site is served, else (or if it fails) from the offline index. */
  async function search(words) {
    if (window.location.protocol !== 'file:') {
      try {
        return await searchPagefind(words);
      } catch (error) {
        console.warn('briefing: Pagefind unavailable, using the offline index', error);
      }
    }
    return searchOffline(words);
  }

  /** Load a classic script (same origin, allowed by script-src 'self') and wait for it. */
  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`cannot load ${src}`));
      document.head.append(script);
    });
  }

  /** Search the offline index (window.BRIEFING_SEARCH) with MiniSearch. */
  async function searchOffline(words) {
    await loadScript(list.dataset.minisearch);
    await loadScript(list.dataset.index);
    const data = window.BRIEFING_SEARCH;
    const engine = new window.MiniSearch({
      fields: ['title', 'topics', 'text'],
      searchOptions: {
        boost: { title: 3, topics: 2 }, // title and topic matches rank above body matches
        combineWith: 'AND',
        prefix: (term) => term.length >= 4,
        fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      },
    });
    engine.addAll(
      data.paragraphs.map((paragraph, id) => ({
        id,
        title: data.articles[paragraph.article].title,
        topics: paragraph.topics.map((topic) => data.topics[topic]).join(' '),
        text: paragraph.text,
      })),
    );
    return groupByArticle(data, engine.search(words));
  }

  /** One group per article, in the order of its best paragraph. */
  function groupByArticle(data, hits) {
    const groups = new Map();
    for (const hit of hits) {
      const paragraph = data.paragraphs[hit.id];
      const article = data.articles[paragraph.article];
      if (!groups.has(paragraph.article)) {
        const meta = `${article.source || 'Outlet unknown'}, ${article.date ? readableDate(article.date) : 'date unknown'}`;
        groups.set(paragraph.article, { title: article.title, url: article.url, meta, hits: [] });
      }
      groups.get(paragraph.article).hits.push({ hit, paragraph });
    }
    return [...groups.values()].map((group) => ({ ...group, paragraphs: shownParagraphs(group) }));
  }

  /** The paragraphs whose text matches; for a title or topic match only, the first paragraph. */
  function shownParagraphs(group) {
    const inText = group.hits.filter(({ hit }) =>
      Object.values(hit.match).some((fields) => fields.includes('text')),
    );
    const chosen = inText.length
      ? inText.slice(0, PARAGRAPHS_SHOWN)
      : [group.hits.reduce((first, entry) => (entry.hit.id < first.hit.id ? entry : first))];
    return chosen.map(({ hit, paragraph }) => ({
      anchor: paragraph.anchor,
      url: `${group.url}#${paragraph.anchor}`,
      segments: highlight(paragraph.text, hit.terms),
    }));
  }

  /** Split text into [words, marked] segments, marking whole words equal to a matched term. */
  function highlight(text, terms) {
    const escaped = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (!escaped.length) return [[text, false]];
    const pattern = new RegExp(`(?<!${WORD})(${escaped.join('|')})(?!${WORD})`, 'giu');
    return text.split(pattern).map((part, i) => [part, i % 2 === 1]);
  }

  /** Search with Pagefind's JavaScript API (needs fetch and WebAssembly, so http only). */
  async function searchPagefind(words) {
    const bundle = new URL(list.dataset.pagefind, document.baseURI);
    const pagefind = await import(bundle.href);
    const found = await pagefind.search(words);
    const pages = await Promise.all(found.results.slice(0, 20).map((result) => result.data()));
    const root = new URL('..', bundle);
    return pages.map((page) => pagefindGroup(page, new URL(page.url.replace(/^\//, ''), root)));
  }

  /** A Pagefind page as a result: the paragraphs its matches are in, linked to their anchors. */
  function pagefindGroup(page, url) {
    const words = markedSegments(page.excerpt)
      .filter(([, marked]) => marked)
      .map(([text]) => text.toLowerCase());
    const shown = matchedParagraphs(page).map((anchor) => ({
      anchor: anchor.id,
      url: `${url.href}#${anchor.id}`,
      segments: highlight(anchor.text, [...new Set(words)]),
    }));
    const meta = page.meta.source ? `${page.meta.source}, ${readableDate(page.meta.date)}` : '';
    return { title: page.meta.title, url: url.href, meta, paragraphs: shown };
  }

  /** The paragraphs (anchored <p> elements) holding a match; for a title match, the first. */
  function matchedParagraphs(page) {
    const paragraphs = (page.anchors || []).filter((anchor) => anchor.element === 'p');
    const found = new Set();
    for (const location of [...page.locations].sort((a, b) => a - b)) {
      const holder = paragraphs.filter((anchor) => anchor.location <= location).pop();
      if (holder) found.add(holder);
    }
    return found.size ? [...found].slice(0, PARAGRAPHS_SHOWN) : paragraphs.slice(0, 1);
  }

  /** Pagefind's excerpt (escaped text with <mark>) as segments, without using innerHTML. */
  function markedSegments(excerpt) {
    const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
    return [...body.childNodes].map((node) => [node.textContent, node.nodeName === 'MARK']);
  }

  /** A date such as 2024-04-07 as "7 April 2024". */
  function readableDate(iso) {
    const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', options);
  }

  /** Show the results, or say there is none. */
  function show(groups) {
    list.replaceChildren(...groups.map(resultItem));
    const count = groups.length === 1 ? '1 article matches' : `${groups.length} articles match`;
    status.textContent = groups.length ? `${count} “${query}”.` : `No result for “${query}”.`;
  }

  /** One result: the article's title and meta line, then its matching paragraphs. */
  function resultItem(group) {
    const item = element('li', 'search-result');
    const heading = element('h2');
    heading.append(link(group.url, group.title));
    item.append(heading);
    if (group.meta) item.append(element('p', 'meta', group.meta));
    for (const paragraph of group.paragraphs) item.append(excerpt(group, paragraph));
    return item;
  }

  /** A matching paragraph with its words marked and a link to its anchor. */
  function excerpt(group, paragraph) {
    const quote = element('blockquote', 'excerpt');
    const text = element('p');
    for (const [words, marked] of paragraph.segments) {
      text.append(marked ? element('mark', '', words) : words);
    }
    const footer = element('footer');
    // The paragraph's name as its address has it (#p3), as on every page of the site.
    const target = link(paragraph.url, `Read in context (¶\u00a0${paragraph.anchor})`);
    target.append(element('span', 'visually-hidden', ` of “${group.title}”`));
    footer.append(target);
    quote.append(text, footer);
    return quote;
  }

  function element(name, className = '', text = '') {
    const node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function link(href, text) {
    const anchor = element('a', '', text);
    anchor.href = href;
    return anchor;
  }
})();
