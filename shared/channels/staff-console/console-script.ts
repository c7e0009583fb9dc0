/**
 * The console's client: sign-in (OAuth 2.0 authorization code + PKCE against Cognito's managed login, or
 * the local dev login that mimics it), then the staff API with the ID token as a Bearer header.
 *
 * Why sessionStorage and not a cookie: the token is bound to one tab and gone when it closes (shared
 * office PCs), it is never sent by the browser on its own (no CSRF surface on the state-changing routes),
 * and reporter pages on the same origin never receive a staff credential. The price, readability by
 * script in the page, is paid down by the CSP: only this hashed script runs, Trusted Types forbid every
 * HTML sink, and the client builds all content with createElement/textContent (never innerHTML).
 *
 * Plain ES2018 in a string: it is served inline and hashed into the CSP, so it avoids backticks.
 */
export const CONSOLE_SCRIPT = String.raw`
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('console-config').textContent);
  var L = config.labels;
  var TOKEN_KEY = 'laporAman.staff.idToken';
  var PKCE_KEY = 'laporAman.staff.pkce';
  var SVG_NS = 'http://www.w3.org/2000/svg';
  var OPEN = 'diterima,asesmen,penanganan,rujukan';
  var main = document.getElementById('main');
  var nav = document.getElementById('nav');
  var who = document.getElementById('who');
  var statusRegion = document.getElementById('status');
  var alertRegion = document.getElementById('alert');
  var session = null;
  var ticking = [];
  var listFilter = { status: OPEN };

  function SignedOut() {}
  function ApiError(status, body) {
    this.status = status;
    this.code = body && body.code;
    this.text = body && body.message ? body.message.id : 'Terjadi kesalahan (' + status + ').';
    this.details = (body && body.details) || [];
  }

  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === undefined || value === null || value === false) return;
      if (key === 'text') el.textContent = value;
      else if (key.slice(0, 2) === 'on') el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? '' : String(value));
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return el;
  }

  function label(group, code) {
    return (L[group] && L[group][code]) || code || '–';
  }

  function announce(text) {
    alertRegion.textContent = '';
    statusRegion.textContent = text;
  }

  function fail(error) {
    if (error instanceof SignedOut) return;
    statusRegion.textContent = '';
    var text = !(error instanceof ApiError) ? 'Koneksi gagal. Periksa jaringan lalu coba lagi.'
      : error.status >= 500 && error.code !== 'AUDIT_UNAVAILABLE' ? 'Layanan sedang sibuk. Coba lagi sebentar lagi.' : error.text;
    var details = error instanceof ApiError ? error.details.map(function (d) { return d.field + ': ' + (d.message ? d.message.id : d.issue); }) : [];
    alertRegion.textContent = [text].concat(details).join(' ');
  }

  // --- token and sign-in -------------------------------------------------------------------------

  function base64UrlBytes(bytes) {
    var text = '';
    bytes.forEach(function (b) { text += String.fromCharCode(b); });
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function claimsOf(token) {
    try {
      var part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      var bytes = Uint8Array.from(atob(part), function (c) { return c.charCodeAt(0); });
      return JSON.parse(new TextDecoder().decode(bytes));
    } catch (e) {
      return null;
    }
  }

  function currentToken() {
    var token = sessionStorage.getItem(TOKEN_KEY);
    var claims = token && claimsOf(token);
    if (!claims || !claims.exp || claims.exp * 1000 < Date.now() + 30000) {
      sessionStorage.removeItem(TOKEN_KEY);
      return null;
    }
    return token;
  }

  function redirectUri() {
    return location.origin + location.pathname;
  }

  function randomText(size) {
    var bytes = new Uint8Array(size);
    crypto.getRandomValues(bytes);
    return base64UrlBytes(bytes);
  }

  function signIn() {
    var verifier = randomText(48);
    var state = randomText(16);
    sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier: verifier, state: state, hash: location.hash }));
    crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)).then(function (digest) {
      var query = new URLSearchParams({
        response_type: 'code',
        client_id: config.signIn.clientId,
        redirect_uri: redirectUri(),
        scope: config.signIn.scope,
        state: state,
        code_challenge: base64UrlBytes(new Uint8Array(digest)),
        code_challenge_method: 'S256'
      });
      location.assign(config.signIn.authorizeUrl + '?' + query.toString());
    });
  }

  function completeSignIn(params) {
    var saved = JSON.parse(sessionStorage.getItem(PKCE_KEY) || 'null');
    sessionStorage.removeItem(PKCE_KEY);
    history.replaceState(null, '', location.pathname + ((saved && saved.hash) || ''));
    if (!saved || params.get('state') !== saved.state || !params.get('code')) {
      return Promise.reject(new ApiError(400, { message: { id: 'Proses masuk tidak lengkap. Silakan masuk lagi.' } }));
    }
    return fetch(config.signIn.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: config.signIn.clientId,
        code: params.get('code'),
        redirect_uri: redirectUri(),
        code_verifier: saved.verifier
      }).toString()
    })
      .then(function (res) { return res.ok ? res.json() : {}; })
      .then(function (tokens) {
        if (!tokens.id_token) throw new ApiError(401, { message: { id: 'Gagal masuk. Silakan coba lagi.' } });
        sessionStorage.setItem(TOKEN_KEY, tokens.id_token);
      });
  }

  function signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    session = null;
    if (config.signIn.logoutUrl) {
      var query = new URLSearchParams({ client_id: config.signIn.clientId, logout_uri: redirectUri() });
      location.assign(config.signIn.logoutUrl + '?' + query.toString());
      return;
    }
    history.replaceState(null, '', location.pathname);
    showSignedOut('Anda sudah keluar.');
  }

  function api(method, path, body) {
    var token = currentToken();
    if (!token) {
      showSignedOut('Sesi berakhir. Silakan masuk kembali.');
      return Promise.reject(new SignedOut());
    }
    var init = { method: method, headers: { authorization: 'Bearer ' + token } };
    if (body !== undefined) {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(config.apiBase + path, init).then(function (res) {
      if (res.status === 401) {
        sessionStorage.removeItem(TOKEN_KEY);
        showSignedOut('Sesi berakhir. Silakan masuk kembali.');
        throw new SignedOut();
      }
      var json = (res.headers.get('content-type') || '').indexOf('application/json') === 0;
      if (!res.ok) return (json ? res.json() : Promise.resolve(null)).then(function (b) { throw new ApiError(res.status, b); });
      return json ? res.json() : res.text();
    });
  }

  // --- page frame ---------------------------------------------------------------------------------

  function stopTicking() {
    ticking.forEach(clearInterval);
    ticking = [];
  }

  function setView(title, children) {
    stopTicking();
    var heading = h('h1', { tabindex: '-1', text: title });
    main.replaceChildren.apply(main, [heading].concat(children));
    document.title = title + ' · Lapor Aman';
    heading.focus();
  }

  function showSignedOut(message) {
    session = null;
    nav.replaceChildren();
    who.textContent = '';
    if (message) announce(message);
    setView('Konsol petugas', [
      h('p', { text: 'Untuk petugas layanan yang menangani laporan. Masuk dengan akun kantor Anda.' }),
      h('button', { type: 'button', id: 'sign-in', onclick: signIn, text: 'Masuk' })
    ]);
  }

  function renderChrome() {
    var staff = session.staff;
    who.textContent = staff.name + ' · ' + label('role', staff.role) + ' · ' + session.tenant.displayName;
    var links = [['#/kasus', 'Kasus'], ['#/angka', 'Angka']];
    if (session.tenant.channels.indexOf('walk-in') >= 0) links.splice(1, 0, ['#/datang-langsung', 'Laporan datang langsung']);
    if (staff.role === 'supervisor') links.push(['#/audit', 'Log audit']);
    nav.replaceChildren.apply(nav, links.map(function (link) {
      return h('a', { href: link[0], text: link[1] });
    }).concat([h('button', { type: 'button', onclick: signOut, text: 'Keluar' })]));
  }

  function markNav(hash) {
    Array.prototype.forEach.call(nav.querySelectorAll('a'), function (a) {
      if (hash.indexOf(a.getAttribute('href')) === 0) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
  }

  function route() {
    if (!session) return;
    alertRegion.textContent = '';
    statusRegion.textContent = '';
    var hash = location.hash || '#/kasus';
    markNav(hash);
    var match = /^#\/kasus\/([0-9A-Za-z]{10,40})$/.exec(hash);
    if (match) return showCase(match[1]);
    if (hash === '#/angka') return showNumbers();
    if (hash === '#/datang-langsung') return showWalkIn();
    if (hash === '#/audit' && session.staff.role === 'supervisor') return showAudit();
    return showCases();
  }

  // --- formatting ---------------------------------------------------------------------------------

  function when(iso) {
    if (!iso) return '–';
    var format = new Intl.DateTimeFormat('id-ID', {
      timeZone: session.tenant.timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit'
    });
    return format.format(new Date(iso)) + ' ' + session.tenant.zoneName;
  }

  function timeEl(iso) {
    return h('time', { datetime: iso, text: when(iso) });
  }

  function duration(ms) {
    var minutes = Math.floor(ms / 60000);
    var days = Math.floor(minutes / 1440);
    var hours = Math.floor((minutes % 1440) / 60);
    return (days ? days + ' hr ' : '') + (days || hours ? hours + ' j ' : '') + (minutes % 60) + ' mnt';
  }

  function slaText(c) {
    if (c.assessedAt) return c.assessedAt <= c.dueAt ? ['met', 'Asesmen tepat waktu'] : ['missed', 'Asesmen terlambat'];
    var left = Date.parse(c.dueAt) - Date.now();
    return left >= 0 ? ['awaiting', 'Batas asesmen: sisa ' + duration(left)] : ['overdue', 'Lewat batas asesmen ' + duration(-left)];
  }

  function slaEl(c) {
    var el = h('span', { class: 'sla' });
    function update() {
      var sla = slaText(c);
      el.setAttribute('class', 'sla ' + sla[0]);
      el.textContent = sla[1];
    }
    update();
    if (!c.assessedAt) ticking.push(setInterval(update, 30000));
    return el;
  }

  function badge(urgency) {
    return h('span', { class: 'badge ' + urgency, text: label('urgency', urgency) });
  }

  function field(labelText, control, hint) {
    var id = control.getAttribute('id');
    return h('div', { class: 'field' }, [
      h('label', { for: id }, [labelText, hint ? h('span', { class: 'hint', text: hint }) : null]),
      control
    ]);
  }

  function select(id, name, options, selected) {
    return h('select', { id: id, name: name }, options.map(function (option) {
      return h('option', { value: option[0], selected: option[0] === selected, text: option[1] });
    }));
  }

  function codes(group) {
    return Object.keys(L[group]).map(function (code) { return [code, L[group][code]]; });
  }

  // --- case list ----------------------------------------------------------------------------------

  function showCases() {
    var list = h('ul', { class: 'cases', 'aria-label': 'Daftar kasus' });
    var more = h('div', { class: 'actions' });
    var form = filterForm(function () { load(); });
    setView('Kasus', [form, h('p', { id: 'case-count', 'aria-live': 'polite' }), list, more]);

    function load(cursor) {
      var query = new URLSearchParams();
      Object.keys(listFilter).forEach(function (key) { if (listFilter[key]) query.set(key, listFilter[key]); });
      if (cursor) query.set('cursor', cursor);
      api('GET', '/cases?' + query.toString()).then(function (page) {
        if (!cursor) list.replaceChildren();
        page.cases.forEach(function (c) { list.appendChild(caseItem(c)); });
        document.getElementById('case-count').textContent = list.children.length ? list.children.length + ' kasus ditampilkan.' : 'Tidak ada kasus yang cocok.';
        more.replaceChildren();
        if (page.nextCursor) more.appendChild(h('button', { type: 'button', class: 'secondary', text: 'Muat lebih banyak', onclick: function () { load(page.nextCursor); } }));
      }).catch(fail);
    }
    load();
  }

  function caseItem(c) {
    return h('li', { class: 'case ' + c.urgency }, [
      h('a', { href: '#/kasus/' + c.caseId, text: c.reference }),
      h('p', null, [badge(c.urgency), label('status', c.status)]),
      h('p', { text: [label('category', c.category), c.kecamatan ? 'Kec. ' + c.kecamatan : null, label('channel', c.channel), c.reporterRole ? 'Pelapor: ' + label('reporterRole', c.reporterRole) : null].filter(Boolean).join(' · ') }),
      h('p', null, ['Diterima ', timeEl(c.createdAt)]),
      h('p', null, [slaEl(c)]),
      c.assignee ? h('p', { text: 'Ditangani: ' + c.assignee.name }) : null
    ]);
  }

  function filterForm(onApply) {
    var tenant = session.tenant;
    var statusOptions = [[OPEN, 'Belum selesai'], ['', 'Semua status']].concat(codes('status'));
    var controls = [
      field('Status', select('f-status', 'status', statusOptions, listFilter.status || '')),
      field('Urgensi', select('f-urgency', 'urgency', [['', 'Semua']].concat(codes('urgency')), listFilter.urgency || '')),
      field('Kategori', select('f-category', 'category', [['', 'Semua']].concat(codes('category')), listFilter.category || '')),
      field('Kanal', select('f-channel', 'channel', [['', 'Semua']].concat(codes('channel')), listFilter.channel || '')),
      field('Kecamatan', select('f-kecamatan', 'kecamatan', [['', 'Semua']].concat(tenant.kecamatan.map(function (k) { return [k, k]; })), listFilter.kecamatan || '')),
      field('Diterima sejak', h('input', { type: 'date', id: 'f-from', name: 'from', value: listFilter.from || '' })),
      field('Diterima sampai', h('input', { type: 'date', id: 'f-to', name: 'to', value: listFilter.to || '' }))
    ];
    var mine = h('input', { type: 'checkbox', id: 'f-mine', name: 'assignee', value: 'me', checked: listFilter.assignee === 'me' });
    var form = h('form', { class: 'grid' }, controls.concat([
      h('label', { class: 'check', for: 'f-mine' }, [mine, 'Hanya kasus yang saya tangani']),
      h('div', { class: 'actions' }, [h('button', { type: 'submit', text: 'Tampilkan' })])
    ]));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var data = new FormData(form);
      listFilter = {};
      data.forEach(function (value, key) { if (value) listFilter[key] = String(value); });
      onApply();
    });
    return h('details', { class: 'filters' }, [h('summary', { text: 'Saring kasus' }), form]);
  }

  // --- one case -----------------------------------------------------------------------------------

  function showCase(caseId, keep) {
    api('GET', '/cases/' + caseId).then(function (c) {
      renderCase(c, keep || {});
    }).catch(function (error) {
      if (error instanceof ApiError && error.status === 404) setView('Kasus tidak ditemukan', [h('p', null, [h('a', { href: '#/kasus', text: 'Kembali ke daftar kasus' })])]);
      fail(error);
    });
  }

  function renderCase(c, keep) {
    var d = c.details || {};
    var victim = d.victim || {};
    var occurred = d.occurred || {};
    var rows = [
      ['Status', label('status', c.status) + (c.closingReason ? ' (' + label('closingReason', c.closingReason) + ')' : '')],
      ['Urgensi', label('urgency', c.urgency)],
      ['Layanan', label('service', c.service)],
      ['Kategori', label('category', c.category)],
      ['Kanal', label('channel', c.channel) + (c.enteredBy ? ', dicatat oleh ' + c.enteredBy.name : '')],
      ['Pelapor', c.reporterRole ? label('reporterRole', c.reporterRole) : '–'],
      ['Kecamatan', c.kecamatan || '–'],
      ['Diterima', timeEl(c.createdAt)],
      ['Batas asesmen', timeEl(c.dueAt)],
      ['Asesmen', c.assessedAt ? timeEl(c.assessedAt) : 'Belum'],
      ['Ditangani', c.assignee ? c.assignee.name + ' (' + c.assignee.id + ')' : 'Belum ada']
    ];
    setView(c.reference, [
      h('p', null, [badge(c.urgency), slaEl(c)]),
      h('section', { 'aria-labelledby': 'h-summary' }, [h('h2', { id: 'h-summary', text: 'Ringkasan' }), definitionList(rows)]),
      h('section', { 'aria-labelledby': 'h-report' }, [
        h('h2', { id: 'h-report', text: 'Laporan' }),
        h('p', { class: 'narrative', 'data-testid': 'narrative', text: d.narrative || '–' }),
        definitionList([
          ['Tempat', d.locationDetail || '–'],
          ['Waktu kejadian', [occurred.date, occurred.description].filter(Boolean).join(', ') || '–'],
          ['Korban', [label('ageGroup', victim.ageGroup), label('gender', victim.gender)].join(', ')],
          ['Hubungan dengan pelapor', label('relation', victim.relationToReporter)],
          ['Dalam bahaya saat melapor', label('danger', d.immediateDanger)],
          ['Boleh dihubungi kembali', d.contactBack ? 'Ya' : 'Tidak']
        ])
      ]),
      identitySection(c),
      statusSection(c),
      assignmentSection(c),
      noteSection(c, keep.noteText),
      h('section', { 'aria-labelledby': 'h-timeline' }, [
        h('h2', { id: 'h-timeline', text: 'Riwayat' }),
        h('ol', { class: 'timeline' }, c.timeline.map(timelineItem))
      ]),
      h('p', null, [h('a', { href: '#/kasus', text: 'Kembali ke daftar kasus' })])
    ]);
  }

  function definitionList(rows) {
    return h('dl', null, rows.reduce(function (all, row) {
      return all.concat([h('dt', { text: row[0] }), h('dd', null, [row[1]])]);
    }, []));
  }

  function change(c, path, body, done) {
    return api('POST', '/cases/' + c.caseId + path, Object.assign({ expectedVersion: c.version }, body))
      .then(function () {
        announce(done);
        showCase(c.caseId);
      })
      .catch(function (error) {
        fail(error);
        if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') showCase(c.caseId, { noteText: body.text });
      });
  }

  function identitySection(c) {
    var children = [h('h2', { id: 'h-identity', text: 'Identitas pelapor' })];
    if (!c.hasIdentity && !c.hasVictimContact) {
      children.push(h('p', { text: 'Pelapor memilih anonim; tidak ada identitas yang tersimpan.' }));
      return h('section', { 'aria-labelledby': 'h-identity' }, children);
    }
    if (c.hasVictimContact) children.push(h('p', { text: 'Pelapor juga memberikan kontak korban untuk penjangkauan; kontak itu ikut dibuka dan tercatat.' }));
    var reason = h('textarea', { id: 'reveal-reason', name: 'reason', required: true, minlength: '10', maxlength: '300' });
    var form = h('form', null, [
      h('p', { text: 'Identitas pelapor dirahasiakan. Buka hanya bila perlu untuk menangani kasus; setiap pembukaan tercatat di log audit.' }),
      field('Alasan membuka identitas', reason, 'Wajib, 10–300 karakter. Jangan menulis nama atau nomor di sini.'),
      h('button', { type: 'submit', class: 'danger', text: 'Buka identitas' })
    ]);
    var section = h('section', { 'aria-labelledby': 'h-identity' }, children.concat([form]));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      api('POST', '/cases/' + c.caseId + '/reveal', { reason: reason.value }).then(function (result) {
        var id = result.identity || {};
        var rows = [['Nama', id.name || '–'], ['Nomor HP', telLink(id.phone)], ['NIK', id.nik || '–'], ['Alamat', id.address || '–']];
        if (id.organisation) rows.push(['Lembaga relawan', label('volunteerOrganisation', id.organisation)], ['Desa tugas', id.village || '–']);
        var victim = result.victimContact;
        var shown = h('div', { class: 'identity', 'data-testid': 'identity' }, [
          definitionList(rows),
          victim ? h('h3', { text: 'Kontak korban (untuk penjangkauan)' }) : null,
          victim ? definitionList([['Nama', victim.name || '–'], ['Nomor HP', telLink(victim.phone)], ['Alamat', victim.address || '–']]) : null,
          h('p', { text: 'Dibuka ' + when(result.revealedAt) + '; tercatat di log audit.' }),
          h('button', { type: 'button', class: 'secondary', text: 'Sembunyikan', onclick: function () { showCase(c.caseId); } })
        ]);
        form.replaceWith(shown);
        announce('Identitas pelapor dibuka dan tercatat di log audit.');
      }).catch(fail);
    });
    return section;
  }

  function statusSection(c) {
    var children = [h('h2', { id: 'h-status', text: 'Ubah status' })];
    if (!c.nextStatuses.length) {
      children.push(h('p', { text: 'Kasus sudah selesai.' }));
      return h('section', { 'aria-labelledby': 'h-status' }, children);
    }
    var next = select('new-status', 'status', c.nextStatuses.map(function (s) { return [s, label('status', s)]; }), c.nextStatuses[0]);
    var reason = select('closing-reason', 'closingReason', c.closingReasons.map(function (r) { return [r, label('closingReason', r)]; }));
    var reasonField = field('Alasan penutupan', reason);
    function toggle() { reasonField.hidden = next.value !== 'selesai'; }
    next.addEventListener('change', toggle);
    toggle();
    var form = h('form', null, [field('Status baru', next), reasonField, h('button', { type: 'submit', text: 'Ubah status' })]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = { status: next.value };
      if (next.value === 'selesai') body.closingReason = reason.value;
      change(c, '/status', body, 'Status diubah menjadi ' + label('status', next.value) + '.');
    });
    return h('section', { 'aria-labelledby': 'h-status' }, children.concat([form]));
  }

  function assignmentSection(c) {
    var me = session.staff;
    var supervisor = me.role === 'supervisor';
    var mine = c.assignee && c.assignee.id === me.id;
    var buttons = [];
    // Taking a case from a colleague is for supervisors (the API answers 403 otherwise).
    if (!mine && (!c.assignee || supervisor)) buttons.push(h('button', { type: 'button', text: 'Ambil kasus ini', onclick: function () { change(c, '/assignment', { assignee: 'me' }, 'Kasus ini sekarang Anda tangani.'); } }));
    if (c.assignee && (mine || supervisor)) buttons.push(h('button', { type: 'button', class: 'secondary', text: 'Lepaskan', onclick: function () { change(c, '/assignment', { assignee: null }, 'Penugasan dilepas.'); } }));
    var children = [
      h('h2', { id: 'h-assign', text: 'Penugasan' }),
      h('p', { text: c.assignee ? 'Ditangani oleh ' + c.assignee.name + '.' : 'Belum ada yang menangani kasus ini.' }),
      h('div', { class: 'actions' }, buttons)
    ];
    if (supervisor) {
      var email = h('input', { type: 'email', id: 'assignee-id', name: 'id', required: true, autocomplete: 'off' });
      var name = h('input', { type: 'text', id: 'assignee-name', name: 'name', required: true, maxlength: '120', autocomplete: 'off' });
      var form = h('form', null, [field('Email petugas', email), field('Nama petugas', name), h('button', { type: 'submit', class: 'secondary', text: 'Tugaskan' })]);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        change(c, '/assignment', { assignee: { id: email.value, name: name.value } }, 'Kasus ditugaskan ke ' + name.value + '.');
      });
      children.push(form);
    }
    return h('section', { 'aria-labelledby': 'h-assign' }, children);
  }

  function noteSection(c, keptText) {
    var text = h('textarea', { id: 'note-text', name: 'text', required: true, maxlength: String(config.noteMaxLength) });
    text.value = keptText || '';
    var action = select('note-action', 'action', [['', 'Tanpa jenis']].concat(codes('noteAction')), '');
    var form = h('form', null, [
      field('Jenis tindakan', action),
      field('Catatan', text, 'Tersimpan terenkripsi; terlihat oleh petugas kabupaten ini.'),
      h('button', { type: 'submit', text: 'Simpan catatan' })
    ]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = { text: text.value };
      if (action.value) body.action = action.value;
      change(c, '/notes', body, 'Catatan tersimpan.');
    });
    return h('section', { 'aria-labelledby': 'h-notes' }, [h('h2', { id: 'h-notes', text: 'Catatan tindak lanjut' }), form]);
  }

  function timelineItem(entry) {
    var by = entry.by ? entry.by.name : '';
    var body;
    if (entry.kind === 'received') body = ['Laporan diterima lewat ' + label('channel', entry.channel) + (entry.by ? ', dicatat oleh ' + by : '') + (entry.reporterRole ? '. Pelapor: ' + label('reporterRole', entry.reporterRole) : '') + '.'];
    else if (entry.kind === 'alert') body = [label('alertEvent', entry.event) + ': ' + label('alertState', entry.state) + '.'];
    else if (entry.kind === 'status') body = [by + ' mengubah status: ' + label('status', entry.from) + ' → ' + label('status', entry.to) + (entry.closingReason ? ' (' + label('closingReason', entry.closingReason) + ')' : '') + '.'];
    else if (entry.kind === 'assignment') body = [entry.assignee ? by + ' menugaskan ' + entry.assignee.name + '.' : by + ' melepas penugasan.'];
    else if (entry.kind === 'note') body = [by + ' mencatat' + (entry.action ? ' (' + label('noteAction', entry.action) + ')' : '') + ':', h('p', { class: 'note-text', text: entry.text })];
    else if (entry.kind === 'reveal') body = [by + ' membuka identitas pelapor. Alasan: ' + entry.reason];
    else if (entry.kind === 'addendum') {
      body = ['Pelapor menambahkan' + (entry.media.length ? ' ' + entry.media.map(function (file) { return label('mediaKind', file.kind) + (file.caption ? ' ("' + file.caption + '")' : ''); }).join(', ') : '') +
        (entry.contactBack === true ? '; bersedia dihubungi kembali' : entry.contactBack === false ? '; tidak ingin dihubungi' : '') + '.'];
    }
    else body = [entry.kind];
    return h('li', null, [timeEl(entry.at)].concat(body));
  }

  function telLink(phone) {
    return phone ? h('a', { href: 'tel:' + phone.replace(/[^0-9+]/g, ''), text: phone }) : '–';
  }

  // --- walk-in report -----------------------------------------------------------------------------

  // The person at the desk gets the reference and tracking code from staff; a resend of the same form
  // (same submission id) answers with the same report instead of a second one.
  function showWalkIn() {
    var submissionId = crypto.randomUUID();
    var pick = [['', '— Pilih —']];
    var controls = {
      reporterRole: select('w-role', 'reporterRole', pick.concat(codes('reporterRole')), ''),
      service: select('w-service', 'service', codes('service'), 'pengaduan_kekerasan'),
      category: select('w-category', 'category', [['', 'Belum tahu']].concat(codes('category')), ''),
      urgency: select('w-urgency', 'urgency', [['', 'Dari isi laporan (triase)']].concat(codes('urgency')), ''),
      immediateDanger: select('w-danger', 'immediateDanger', codes('danger'), 'tidak_tahu'),
      narrative: h('textarea', { id: 'w-narrative', name: 'narrative', required: true, maxlength: '20000' }),
      kecamatan: select('w-kecamatan', 'kecamatan', [['', 'Tidak tahu']].concat(session.tenant.kecamatan.map(function (k) { return [k, k]; })), ''),
      locationDetail: h('input', { type: 'text', id: 'w-place', name: 'locationDetail', maxlength: '500', autocomplete: 'off' }),
      occurred: h('input', { type: 'text', id: 'w-when', name: 'occurred', maxlength: '200', autocomplete: 'off' }),
      ageGroup: select('w-age', 'ageGroup', codes('ageGroup'), 'tidak_tahu'),
      gender: select('w-gender', 'gender', codes('gender'), 'tidak_tahu'),
      relation: select('w-relation', 'relationToReporter', codes('relation'), 'lainnya'),
      reporterName: h('input', { type: 'text', id: 'w-name', name: 'reporterName', maxlength: '120', autocomplete: 'off' }),
      reporterPhone: h('input', { type: 'text', id: 'w-phone', name: 'reporterPhone', inputmode: 'tel', autocomplete: 'off' }),
      victimPhone: h('input', { type: 'text', id: 'w-victim-phone', name: 'victimPhone', inputmode: 'tel', autocomplete: 'off' }),
      victimAddress: h('input', { type: 'text', id: 'w-victim-address', name: 'victimAddress', maxlength: '500', autocomplete: 'off' })
    };
    var consent = h('input', { type: 'checkbox', id: 'w-consent', name: 'consent', required: true });
    var contactBack = h('input', { type: 'checkbox', id: 'w-contact-back', name: 'contactBack' });
    controls.reporterRole.required = true;
    var form = h('form', { class: 'grid' }, [
      field('Siapa pelapor?', controls.reporterRole),
      field('Layanan', controls.service),
      field('Apa yang terjadi?', controls.narrative, 'Tulis dengan kata-kata pelapor.'),
      field('Kategori', controls.category),
      field('Urgensi', controls.urgency),
      field('Ada yang dalam bahaya sekarang?', controls.immediateDanger),
      field('Kecamatan', controls.kecamatan),
      field('Desa / tempat kejadian', controls.locationDetail),
      field('Kapan terjadi?', controls.occurred),
      field('Usia korban', controls.ageGroup),
      field('Jenis kelamin korban', controls.gender),
      field('Hubungan korban dengan pelapor', controls.relation),
      field('Nama pelapor', controls.reporterName, 'Kosongkan nama dan nomor bila pelapor ingin anonim.'),
      field('Nomor HP pelapor', controls.reporterPhone),
      field('Nomor HP korban', controls.victimPhone, 'Hanya jika aman dihubungi; disimpan terpisah dan terenkripsi.'),
      field('Alamat korban', controls.victimAddress),
      h('label', { class: 'check', for: 'w-consent' }, [consent, 'Pelapor setuju laporannya disimpan dan diproses untuk menangani kasus.']),
      h('label', { class: 'check', for: 'w-contact-back' }, [contactBack, 'Pelapor boleh dihubungi kembali.']),
      h('div', { class: 'actions' }, [h('button', { type: 'submit', text: 'Simpan laporan' })])
    ]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var value = function (name) { return controls[name].value.trim() || undefined; };
      var named = value('reporterName') || value('reporterPhone');
      var victimContact = value('victimPhone') || value('victimAddress') ? { phone: value('victimPhone'), address: value('victimAddress') } : undefined;
      api('POST', '/walk-in-reports', {
        submissionId: submissionId,
        reporterRole: controls.reporterRole.value,
        service: controls.service.value,
        category: value('category'),
        urgency: value('urgency'),
        narrative: controls.narrative.value,
        location: { kecamatan: value('kecamatan'), detail: value('locationDetail') },
        occurred: { description: value('occurred') },
        victim: { ageGroup: controls.ageGroup.value, gender: controls.gender.value, relationToReporter: controls.relation.value },
        immediateDanger: controls.immediateDanger.value,
        reporter: named ? { anonymous: false, name: value('reporterName'), phone: value('reporterPhone') } : { anonymous: true },
        victimContact: victimContact,
        consent: { dataProcessing: consent.checked, contactBack: contactBack.checked }
      }).then(showWalkInReceipt).catch(fail);
    });
    setView('Laporan datang langsung', [
      h('p', { text: 'Catat laporan orang yang datang ke kantor. Laporan masuk seperti laporan lain: nomor laporan, SMS ke petugas jaga, dan batas asesmen ' + session.tenant.slaHours + ' jam.' }),
      form
    ]);
  }

  function showWalkInReceipt(receipt) {
    setView('Laporan tersimpan', [
      h('p', { text: 'Berikan nomor laporan dan kode pelacakan ini kepada pelapor. Kode hanya ditampilkan sekali.' }),
      definitionList([
        ['Nomor laporan', h('strong', { 'data-testid': 'walk-in-reference', text: receipt.reference })],
        ['Kode pelacakan', h('strong', { 'data-testid': 'walk-in-tracking-code', text: receipt.trackingCode })],
        ['Batas asesmen', timeEl(receipt.dueAt)]
      ]),
      h('div', { class: 'actions' }, [
        h('a', { href: '#/kasus/' + receipt.caseId, text: 'Buka kasus' }),
        h('button', { type: 'button', class: 'secondary', text: 'Catat laporan lain', onclick: showWalkIn })
      ])
    ]);
    announce('Laporan ' + receipt.reference + ' tersimpan.');
  }

  // --- numbers ------------------------------------------------------------------------------------

  function showNumbers(year) {
    var query = year ? '?year=' + year : '';
    api('GET', '/numbers' + query).then(function (n) {
      var years = n.perYear.map(function (row) { return [row.key, row.key]; });
      var pick = select('year', 'year', years, String(n.year));
      pick.addEventListener('change', function () { showNumbers(pick.value); });
      var sla = n.sla;
      var decided = sla.met + sla.missed + sla.overdue;
      var share = sla.compliance === null ? 'belum ada kasus yang jatuh tempo' : Math.round(sla.compliance * 100) + '% (' + sla.met + ' dari ' + decided + ')';
      var months = n.perMonth.map(function (row) { return { key: row.key, count: row.count, name: monthName(row.key) }; });
      setView('Angka ' + session.tenant.displayName, [
        field('Tahun', pick),
        h('p', null, ['Kasus tahun ' + n.year + ': ', h('span', { class: 'big', 'data-testid': 'total', text: String(n.total) })]),
        h('p', { 'data-testid': 'sla-share', text: 'Asesmen dalam ' + session.tenant.slaHours + ' jam: ' + share + '.' }),
        h('div', { class: 'actions' }, [h('button', { type: 'button', class: 'secondary', text: 'Unduh CSV tahun ' + n.year, onclick: function () { downloadCsv(n.year); } })]),
        chart('Kasus per tahun', n.perYear, function (row) { return row.key; }),
        chart('Kasus per bulan, ' + n.year, months, function (row) { return row.name; }),
        chart('Per kategori', n.perCategory, function (row) { return label('category', row.key); }),
        chart('Per kanal', n.perChannel, function (row) { return label('channel', row.key); }),
        chart('Per pelapor', n.perReporterRole, function (row) { return row.key ? label('reporterRole', row.key) : '(tidak tercatat)'; }),
        chart('Per status', n.perStatus, function (row) { return label('status', row.key); }),
        chart('Per kecamatan', n.perKecamatan, function (row) { return row.key || '(tidak diisi)'; })
      ]);
    }).catch(fail);
  }

  function monthName(key) {
    var parts = key.split('-');
    return new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(parts[0]), Number(parts[1]) - 1, 1)));
  }

  function bar(count, max) {
    var svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', 'bar');
    svg.setAttribute('viewBox', '0 0 100 10');
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', '0');
    rect.setAttribute('y', '0');
    rect.setAttribute('height', '10');
    rect.setAttribute('width', String(max ? (count / max) * 100 : 0));
    svg.appendChild(rect);
    return svg;
  }

  function chart(title, rows, nameOf) {
    var max = rows.reduce(function (m, row) { return Math.max(m, row.count); }, 0);
    return h('div', { class: 'table-wrap' }, [h('table', { class: 'chart' }, [
      h('caption', { text: title }),
      h('thead', null, [h('tr', null, [
        h('th', { scope: 'col', text: 'Kelompok' }),
        h('th', { scope: 'col', text: 'Jumlah' }),
        h('th', { scope: 'col' }, [h('span', { class: 'visually-hidden', text: 'Grafik batang' })])
      ])]),
      h('tbody', null, rows.map(function (row) {
        return h('tr', null, [
          h('th', { scope: 'row', text: nameOf(row) }),
          h('td', { class: 'count', text: String(row.count) }),
          h('td', { class: 'bar-cell' }, [bar(row.count, max)])
        ]);
      }))
    ])]);
  }

  function downloadCsv(year) {
    api('GET', '/export/cases.csv?year=' + year).then(function (csv) {
      var url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      var link = h('a', { href: url, download: 'lapor-aman-' + session.tenant.id + '-' + year + '.csv' });
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      announce('CSV tahun ' + year + ' diunduh (tanpa data pribadi).');
    }).catch(fail);
  }

  // --- audit log ----------------------------------------------------------------------------------

  function showAudit() {
    var body = h('tbody');
    var more = h('div', { class: 'actions' });
    setView('Log audit pembukaan identitas', [
      h('div', { class: 'table-wrap' }, [h('table', null, [
        h('thead', null, [h('tr', null, ['Waktu', 'Kasus', 'Petugas', 'Alasan'].map(function (t) { return h('th', { scope: 'col', text: t }); }))]),
        body
      ])]),
      more
    ]);
    function load(cursor) {
      api('GET', '/audit/reveals' + (cursor ? '?cursor=' + encodeURIComponent(cursor) : '')).then(function (page) {
        page.reveals.forEach(function (r) {
          body.appendChild(h('tr', null, [
            h('td', null, [timeEl(r.at)]),
            h('td', null, [h('a', { href: '#/kasus/' + r.caseId, text: r.reference })]),
            h('td', { text: r.by.name + ' <' + r.by.id + '> (' + label('role', r.by.role) + ')' }),
            h('td', { text: r.reason })
          ]));
        });
        more.replaceChildren();
        if (page.nextCursor) more.appendChild(h('button', { type: 'button', class: 'secondary', text: 'Muat lebih banyak', onclick: function () { load(page.nextCursor); } }));
      }).catch(fail);
    }
    load();
  }

  // --- start --------------------------------------------------------------------------------------

  function start() {
    var params = new URLSearchParams(location.search);
    var ready = params.has('code') || params.has('error') ? completeSignIn(params) : Promise.resolve();
    ready
      .then(function () {
        if (!currentToken()) return showSignedOut();
        return api('GET', '/me').then(function (me) {
          session = me;
          renderChrome();
          route();
        });
      })
      .catch(function (error) {
        if (!session) showSignedOut();
        fail(error);
      });
    window.addEventListener('hashchange', route);
  }

  start();
})();
`;
