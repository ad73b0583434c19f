// The live alert board: keeps the incidents the server streams and draws them. Every text from
// an alert goes into the page through textContent, never as HTML, so a mention cannot add markup.
(function () {
  'use strict';

  var RANK = {low: 0, medium: 1, high: 2, critical: 3};
  var FIGURES = {
    count: ['mentions', num], expected: ['usual', dec], ratio: ['ratio', times],
    zScore: ['z-score', dec], negativeShare: ['negative', pct], usualNegativeShare: ['usually negative', pct],
    reach: ['reach', num], distinctAuthors: ['authors', num], channels: ['channels', pairs]
  };
  var SAMPLE_SHOWN = {text: true, id: true, lang: true, channel: true, ts: true, sentimentScore: true, reach: true};

  var incidents = {};   // id -> {id, events: [alert...] by seq, resolutions: [...]}
  var levels = {};      // "brand/aspect" -> [window level...] in time order
  var cards = {};       // id -> {el, chart}
  var filters = {brand: '', severity: '', lang: '', aspect: ''};
  var byInput = document.getElementById('by');

  // ---- small DOM helpers ------------------------------------------------------------------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function num(v) { return typeof v === 'number' ? Math.round(v).toLocaleString('en') : String(v); }
  function dec(v) { return typeof v === 'number' ? v.toFixed(1) : String(v); }
  function times(v) { return typeof v === 'number' ? v.toFixed(1) + '×' : String(v); }
  function pct(v) { return typeof v === 'number' ? Math.round(v * 100) + '%' : String(v); }
  function pairs(v) {
    if (!v || typeof v !== 'object') { return String(v); }
    return Object.keys(v).map(function (k) { return k + ' ' + v[k]; }).join(', ') || 'none';
  }
  function plain(v) {
    if (v === null || v === undefined) { return ''; }
    if (Array.isArray(v)) { return v.map(plain).join(', '); }
    if (typeof v === 'object') { return pairs(v); }
    return String(v);
  }
  function when(iso) {
    if (!iso) { return ''; }
    var d = new Date(iso);
    return isNaN(d) ? String(iso) : d.toISOString().slice(0, 16).replace('T', ' ') + 'Z';
  }

  // ---- the model ----------------------------------------------------------------------------
  function latest(inc) { return inc.events[inc.events.length - 1]; }
  // The last event with the incident's own figures: a resolution reports the quiet after it.
  function telling(inc) {
    var rising = inc.events.filter(function (e) { return e.state !== 'resolved'; });
    return rising.length ? rising[rising.length - 1] : latest(inc);
  }
  function decided(inc, state) {
    return inc.resolutions.filter(function (r) { return r.state === state; })[0];
  }
  function isResolved(inc) { return latest(inc).state === 'resolved' || !!decided(inc, 'resolved'); }
  function severityOf(inc) {
    return inc.events.reduce(function (s, e) { return RANK[e.severity] > RANK[s] ? e.severity : s; }, 'low');
  }
  function languages(inc) {
    var langs = {};
    inc.events.forEach(function (e) {
      ((e.evidence && e.evidence.samples) || []).forEach(function (s) { if (s.lang) { langs[s.lang] = true; } });
    });
    return Object.keys(langs).sort();
  }
  function keyOf(a) { return a.key.brand + '/' + a.key.aspect; }

  function addAlert(a) {
    var inc = incidents[a.id] || (incidents[a.id] = {id: a.id, events: [], resolutions: []});
    inc.events = inc.events.filter(function (e) { return e.seq !== a.seq; });
    inc.events.push(a);
    inc.events.sort(function (x, y) { return x.seq - y.seq; });
  }
  function addResolution(r) {
    var inc = incidents[r.alert_id] || (incidents[r.alert_id] = {id: r.alert_id, events: [], resolutions: []});
    if (!decided(inc, r.state)) { inc.resolutions.push(r); }
  }
  function addLevel(l) {
    var k = l.key.brand + '/' + l.key.aspect;
    var list = levels[k] || (levels[k] = []);
    list.push(l);
    list.sort(function (x, y) { return x.end < y.end ? -1 : x.end > y.end ? 1 : 0; });
  }

  // ---- the live feed -----------------------------------------------------------------------
  var status = document.getElementById('status');
  function setStatus(state, text) { status.dataset.state = state; status.textContent = text; }
  function connect() {
    var source = new EventSource('/events');
    source.onopen = function () { setStatus('live', 'live'); };
    source.onerror = function () { setStatus('down', 'reconnecting…'); };
    source.addEventListener('snapshot', function (m) {
      var snap = JSON.parse(m.data);
      incidents = {}; levels = {};
      Object.keys(cards).forEach(drop);
      snap.incidents.forEach(function (i) {
        i.events.forEach(addAlert);
        i.resolutions.forEach(addResolution);
      });
      Object.keys(snap.levels).forEach(function (k) { snap.levels[k].forEach(addLevel); });
      Object.keys(incidents).forEach(draw);
      place();
    });
    source.addEventListener('alert', function (m) {
      var a = JSON.parse(m.data);
      addAlert(a); draw(a.id); place();
    });
    source.addEventListener('resolution', function (m) {
      var r = JSON.parse(m.data);
      addResolution(r);
      if (incidents[r.alert_id] && incidents[r.alert_id].events.length) { draw(r.alert_id); place(); }
    });
    source.addEventListener('levels', function (m) {
      var h = JSON.parse(m.data);
      levels[h.key] = [];
      h.points.forEach(addLevel);
    });
    source.addEventListener('level', function (m) {
      var l = JSON.parse(m.data);
      addLevel(l);
      var k = l.key.brand + '/' + l.key.aspect;
      Object.keys(cards).forEach(function (id) {
        if (keyOf(latest(incidents[id])) === k) { cards[id].stale = true; }
      });
      place();
    });
  }

  // ---- one incident's card ------------------------------------------------------------------
  function drop(id) {
    var c = cards[id];
    if (!c) { return; }
    if (c.chart) { c.chart.dispose(); }
    c.el.remove();
    delete cards[id];
  }

  function draw(id) {
    var inc = incidents[id];
    if (!inc || !inc.events.length) { return; }
    var a = latest(inc);
    var card = cards[id] ? cards[id].el : el('article', 'incident');
    if (cards[id] && cards[id].chart) { cards[id].chart.dispose(); }
    card.textContent = '';
    var severity = severityOf(inc);
    card.dataset.incidentId = id;
    card.dataset.brand = a.key.brand;
    card.dataset.aspect = a.key.aspect;
    card.dataset.severity = severity;
    card.dataset.langs = languages(inc).join(' ');
    card.dataset.state = isResolved(inc) ? 'resolved' : a.state;

    var head = el('header', 'head');
    head.appendChild(el('span', 'sev sev-' + severity, severity));
    head.appendChild(el('span', 'state state-' + a.state, a.state));
    head.appendChild(el('span', 'key', a.key.brand + ' / ' + a.key.aspect));
    head.appendChild(el('span', 'opened', 'opened ' + when(a.openedAt)));
    var ack = decided(inc, 'acknowledged');
    var res = decided(inc, 'resolved');
    [ack, res].forEach(function (r) {
      if (r) { head.appendChild(el('span', 'decision', r.state + ' by ' + r.by + ' · ' + when(r.at))); }
    });
    card.appendChild(head);
    card.appendChild(el('p', 'headline', a.headline));

    var body = el('div', 'body');
    var left = el('div', 'col');
    var t = telling(inc);
    left.appendChild(timeline(inc));
    left.appendChild(figures(t.figures || {}, t === a ? 'Figures' : 'Figures at ' + when(t.windowEnd)));
    var chartBox = el('div', 'chart');
    left.appendChild(chartBox);
    body.appendChild(left);
    var right = el('div', 'col');
    right.appendChild(evidence(t.evidence || {}));
    if (t.action) { right.appendChild(action(t.action)); }
    var cases = a.similar_cases || t.similar_cases;
    if (Array.isArray(cases) && cases.length) { right.appendChild(similar(cases)); }
    right.appendChild(decisions(inc));
    body.appendChild(right);
    card.appendChild(body);

    // Charted once the card is in the page and shown: ECharts measures its box.
    cards[id] = {el: card, chartBox: chartBox, chart: null, stale: true};
  }

  function section(title) {
    var s = el('section', 'part');
    s.appendChild(el('h3', null, title));
    return s;
  }

  function timeline(inc) {
    var s = section('Timeline');
    var ol = el('ol', 'timeline');
    inc.events.forEach(function (e) {
      var li = el('li', 'tl-' + e.state);
      li.appendChild(el('time', null, when(e.windowEnd)));
      li.appendChild(el('b', null, e.state));
      li.appendChild(el('span', 'sev-text sev-' + e.severity, e.severity));
      li.appendChild(el('span', 'rules', (e.triggers && e.triggers.length ? e.triggers : [e.rule]).join(' + ')));
      ol.appendChild(li);
    });
    s.appendChild(ol);
    return s;
  }

  function figures(f, title) {
    var s = section(title);
    var dl = el('dl', 'figures');
    Object.keys(f).forEach(function (k) {
      var known = FIGURES[k];
      dl.appendChild(el('dt', null, known ? known[0] : k));
      dl.appendChild(el('dd', null, known ? known[1](f[k]) : plain(f[k])));
    });
    s.appendChild(dl);
    return s;
  }

  function evidence(ev) {
    var s = section('Evidence');
    var ul = el('ul', 'samples');
    (ev.samples || []).forEach(function (smp) {
      var li = el('li', 'sample');
      li.appendChild(el('q', 'text', smp.text));
      var meta = [smp.lang, smp.channel, when(smp.ts)];
      if (typeof smp.sentimentScore === 'number') { meta.push('sentiment ' + smp.sentimentScore.toFixed(2)); }
      if (typeof smp.reach === 'number') { meta.push('reach ' + num(smp.reach)); }
      Object.keys(smp).forEach(function (k) {
        if (!SAMPLE_SHOWN[k]) { meta.push(k + ' ' + plain(smp[k])); }
      });
      li.appendChild(el('small', 'meta', meta.filter(Boolean).join(' · ')));
      ul.appendChild(li);
    });
    if (!ul.children.length) { ul.appendChild(el('li', 'empty', 'no samples in this window')); }
    s.appendChild(ul);
    var extra = [];
    if (ev.terms && Object.keys(ev.terms).length) { extra.push('terms: ' + pairs(ev.terms)); }
    if (ev.cues && Object.keys(ev.cues).length) { extra.push('cues: ' + pairs(ev.cues)); }
    if (ev.peakCount) { extra.push('peak ' + ev.peakCount + ' at ' + when(ev.peakAt)); }
    if (ev.leadMinutes) { extra.push('lead ' + ev.leadMinutes + ' min'); }
    if (extra.length) { s.appendChild(el('p', 'extra', extra.join(' · '))); }
    return s;
  }

  function action(act) {
    var s = section('Suggested action');
    s.appendChild(el('p', 'action-title', act.title || act.playbook));
    var ol = el('ol', 'steps');
    (act.steps || []).forEach(function (step) { ol.appendChild(el('li', null, step)); });
    s.appendChild(ol);
    return s;
  }

  function similar(cases) {
    var s = section('Similar past cases');
    var ul = el('ul', 'similar');
    cases.forEach(function (c) {
      var li = el('li');
      li.appendChild(el('b', null, c.title || c.id));
      if (c.resolution) { li.appendChild(el('span', null, ' — ' + c.resolution)); }
      var meta = [];
      if (typeof c.score === 'number') { meta.push('similarity ' + c.score.toFixed(2)); }
      if (c.lang) { meta.push(c.lang); }
      if (meta.length) { li.appendChild(el('small', 'meta', ' (' + meta.join(', ') + ')')); }
      ul.appendChild(li);
    });
    s.appendChild(ul);
    return s;
  }

  function decisions(inc) {
    var s = section('Decision');
    var ack = decided(inc, 'acknowledged');
    var res = decided(inc, 'resolved');
    [ack, res].forEach(function (r) {
      if (r && r.note) { s.appendChild(el('p', 'note', r.state + ': ' + r.note)); }
    });
    if (res) { return s; }
    var note = el('textarea', 'note-input');
    note.placeholder = 'Resolution note (optional)';
    note.maxLength = 2000;
    s.appendChild(note);
    var row = el('div', 'buttons');
    var msg = el('span', 'msg');
    function button(state, label, disabled) {
      var b = el('button', 'btn btn-' + state, label);
      b.type = 'button';
      b.dataset.action = state;
      b.disabled = disabled;
      b.addEventListener('click', function () {
        row.querySelectorAll('button').forEach(function (x) { x.disabled = true; });
        msg.textContent = 'saving…';
        send(inc.id, state, note.value).then(function () {
          msg.textContent = 'saved';
        }, function (e) {
          msg.textContent = String(e.message || e);
          row.querySelectorAll('button').forEach(function (x) { x.disabled = x.dataset.action === 'acknowledged' && !!ack; });
        });
      });
      row.appendChild(b);
    }
    button('acknowledged', ack ? 'Acknowledged' : 'Acknowledge', !!ack);
    button('resolved', 'Resolve', false);
    row.appendChild(msg);
    s.appendChild(row);
    return s;
  }

  function send(id, state, note) {
    var by = byInput.value.trim();
    return fetch('/api/resolutions', {
      method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({alert_id: id, state: state, note: note, by: by})
    }).then(function (r) {
      if (!r.ok) { throw new Error('not saved (' + r.status + ')'); }
      return r.json();
    });
  }

  // ---- the chart: the key's windows around the incident -------------------------------------
  var HOUR = 3600 * 1000;
  function chart(id) {
    var c = cards[id];
    c.stale = false;
    var inc = incidents[id];
    var a = latest(inc);
    var points = levels[keyOf(a)] || [];
    var from = Date.parse(a.openedAt) - 3 * HOUR;
    var last = Date.parse(inc.events[inc.events.length - 1].windowEnd);
    var to = (isResolved(inc) ? last : Math.max(last, Date.parse(points.length ? points[points.length - 1].end : a.windowEnd))) + HOUR;
    var shown = points.filter(function (p) { var t = Date.parse(p.end); return t >= from && t <= to; });
    if (!shown.length || typeof echarts === 'undefined') {
      c.chartBox.className = 'chart none';
      c.chartBox.textContent = 'No window figures for this key yet (the job publishes them to kafka.topics.judgedWindows).';
      return;
    }
    c.chartBox.className = 'chart';
    c.chartBox.textContent = '';
    if (!c.chart) { c.chart = echarts.init(c.chartBox, null, {renderer: 'svg'}); }
    function xy(f) { return shown.map(function (p) { return [p.end, f(p)]; }); }
    var byEnd = {};
    shown.forEach(function (p) { byEnd[Date.parse(p.end)] = p.count; });
    var end = isResolved(inc) ? last : to;
    c.chart.setOption({
      animation: false, useUTC: true,
      grid: {left: 44, right: 14, top: 30, bottom: 28},
      legend: {top: 0, textStyle: {fontSize: 11}, data: ['mentions', 'usual', 'usual band', 'threshold']},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'time', axisLabel: {hideOverlap: true, fontSize: 10}},
      yAxis: {type: 'value', name: 'per window', nameTextStyle: {fontSize: 10, align: 'left'}, axisLabel: {fontSize: 10}},
      series: [
        {name: 'band-base', type: 'line', stack: 'band', symbol: 'none', silent: true, lineStyle: {opacity: 0},
         data: xy(function (p) { return Math.max(0, p.expected - p.spread); })},
        {name: 'usual band', type: 'line', stack: 'band', symbol: 'none', silent: true, lineStyle: {opacity: 0},
         areaStyle: {color: 'rgba(31,119,180,0.18)'}, itemStyle: {color: 'rgba(31,119,180,0.4)'},
         data: xy(function (p) { return p.expected + p.spread - Math.max(0, p.expected - p.spread); })},
        {name: 'usual', type: 'line', symbol: 'none', lineStyle: {type: 'dashed', color: '#1f77b4'},
         itemStyle: {color: '#1f77b4'}, data: xy(function (p) { return p.expected; })},
        {name: 'threshold', type: 'line', symbol: 'none', lineStyle: {type: 'dotted', color: '#7b8794'},
         itemStyle: {color: '#7b8794'}, data: xy(function (p) { return p.threshold || null; })},
        {name: 'mentions', type: 'line', symbol: 'circle', symbolSize: 3, z: 3,
         lineStyle: {width: 2, color: '#1d232a'}, itemStyle: {color: '#1d232a'},
         data: xy(function (p) { return p.count; }),
         markArea: {silent: true, itemStyle: {color: 'rgba(214,39,40,0.08)'},
                    data: [[{xAxis: a.openedAt}, {xAxis: new Date(end).toISOString()}]]},
         markPoint: {symbol: 'pin', symbolSize: 30, label: {fontSize: 9, color: '#fff', formatter: function (m) { return m.data.state[0].toUpperCase(); }},
                     data: inc.events.filter(function (e) { return byEnd[Date.parse(e.windowEnd)] !== undefined; })
                       .map(function (e) {
                         return {coord: [e.windowEnd, byEnd[Date.parse(e.windowEnd)]], state: e.state,
                                 itemStyle: {color: e.state === 'resolved' ? '#2ca02c' : e.state === 'escalated' ? '#9467bd' : '#d62728'}};
                       })}}
      ]
    }, true);
  }

  // ---- lists and filters ------------------------------------------------------------------
  function matches(card) {
    var d = card.dataset;
    return (!filters.brand || d.brand === filters.brand)
      && (!filters.aspect || d.aspect === filters.aspect)
      && (!filters.severity || RANK[d.severity] >= RANK[filters.severity])
      && (!filters.lang || (' ' + d.langs + ' ').indexOf(' ' + filters.lang + ' ') >= 0);
  }

  function options(id, values) {
    var select = document.getElementById(id);
    var keep = select.value;
    while (select.options.length > 1) { select.remove(1); }
    values.sort().forEach(function (v) { var o = el('option', null, v); o.value = v; select.appendChild(o); });
    select.value = values.indexOf(keep) >= 0 ? keep : '';
  }

  function place() {
    var ids = Object.keys(cards);
    var brands = {}, langs = {}, aspects = {};
    ids.forEach(function (id) {
      var d = cards[id].el.dataset;
      brands[d.brand] = true; aspects[d.aspect] = true;
      d.langs.split(' ').filter(Boolean).forEach(function (l) { langs[l] = true; });
    });
    options('f-brand', Object.keys(brands));
    options('f-lang', Object.keys(langs));
    options('f-aspect', Object.keys(aspects));
    function end(id) { return latest(incidents[id]).windowEnd; }
    ids.sort(function (x, y) {
      var dx = RANK[cards[x].el.dataset.severity], dy = RANK[cards[y].el.dataset.severity];
      return dy - dx || (end(y) > end(x) ? 1 : end(y) < end(x) ? -1 : 0);
    });
    var open = document.getElementById('open');
    var resolved = document.getElementById('resolved');
    var counts = {open: 0, resolved: 0}, shown = 0;
    ids.filter(function (id) { return cards[id].el.dataset.state !== 'resolved'; }).forEach(function (id) { open.appendChild(cards[id].el); });
    ids.filter(function (id) { return cards[id].el.dataset.state === 'resolved'; })
      .sort(function (x, y) { return end(y) > end(x) ? 1 : end(y) < end(x) ? -1 : 0; })
      .forEach(function (id) { resolved.appendChild(cards[id].el); });
    ids.forEach(function (id) {
      var card = cards[id].el;
      var visible = matches(card);
      card.hidden = !visible;
      if (visible) {
        shown++;
        counts[card.dataset.state === 'resolved' ? 'resolved' : 'open']++;
        if (cards[id].stale) { chart(id); }
      }
    });
    document.getElementById('open-count').textContent = counts.open;
    document.getElementById('resolved-count').textContent = counts.resolved;
    document.getElementById('open-empty').hidden = counts.open > 0;
    document.getElementById('resolved-empty').hidden = counts.resolved > 0;
    document.getElementById('shown').textContent = shown + ' of ' + ids.length + ' incidents shown';
  }

  document.querySelectorAll('#filters select').forEach(function (s) {
    s.addEventListener('change', function () { filters[s.dataset.field] = s.value; place(); });
  });
  document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });
  try { byInput.value = localStorage.getItem('nabiz.board.by') || ''; } catch (e) { /* storage off */ }
  byInput.addEventListener('change', function () {
    try { localStorage.setItem('nabiz.board.by', byInput.value.trim()); } catch (e) { /* storage off */ }
  });
  window.addEventListener('resize', function () {
    Object.keys(cards).forEach(function (id) { if (cards[id].chart) { cards[id].chart.resize(); } });
  });
  connect();
})();
