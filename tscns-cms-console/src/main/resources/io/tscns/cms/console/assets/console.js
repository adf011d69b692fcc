/*
 * The sandbox CMS console: plain JavaScript, no build step, no library. Every action is a call of the sandbox's JSON
 * API (/cms/v1/...) on this same origin with the operator's session token in Authorization, so the console can do
 * nothing the API would refuse; the API's refusal is shown as it came. The session token, the outbox token and the
 * last receipt live in this script's memory only: never in localStorage, sessionStorage or a cookie, so they end
 * with the tab. The counter halves are never put on the page: they reach only the printed receipt (a PDF the
 * console's server prints from the API's answer).
 */
'use strict';

(function () {
  const API = '/cms/v1';
  const PAPERS = '/console/papers/';

  /** What the tab knows; nothing of it is stored by the browser. */
  const state = {
    session: null,        // the operator's session token
    operator: null,       // the operator's profile (operators/me)
    outboxToken: null,    // the sandbox administrator's capability
    identified: null,     // the last identification's MATCH
    activation: null,     // {receipt, holder, request} of the last activation, until a new identification
    reprint: null         // {receipt, holder, request} of the last reprint
  };

  const $ = (id) => document.getElementById(id);

  class ApiError extends Error {
    constructor(status, problem) {
      super(problem && problem.detail ? problem.detail : 'HTTP ' + status);
      this.status = status;
      this.code = problem && problem.code ? problem.code : 'http-' + status;
    }
  }

  function newKey() {
    return crypto.randomUUID();
  }

  /** Calls the API; resolves with the JSON (or text) answer, rejects with an ApiError carrying the problem code. */
  async function api(method, path, body, options) {
    const opts = options || {};
    const headers = { 'Accept': opts.text ? 'text/plain' : 'application/json' };
    if (state.session && !opts.outbox) {
      headers['Authorization'] = 'Bearer ' + state.session;
    }
    if (opts.outbox) {
      headers['X-Sandbox-Outbox-Token'] = opts.outbox;
    }
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      headers['Idempotency-Key'] = newKey();
    }
    const response = await fetch(API + path, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'error'
    });
    await refused(response);
    return opts.text ? response.text() : response.json();
  }

  /** Rejects with an ApiError carrying the problem document of an answer that is not a success. */
  async function refused(response) {
    if (response.ok) {
      return;
    }
    let problem = null;
    try {
      problem = await response.json();
    } catch (e) {
      problem = null;
    }
    throw new ApiError(response.status, problem);
  }

  function say(text) {
    $('error').textContent = '';
    $('status').textContent = text;
  }

  function fail(error) {
    $('status').textContent = '';
    if (error instanceof ApiError) {
      $('error').textContent = 'Rifiutato dalla CMS (refused): ' + error.status + ' ' + error.code + ' — '
        + error.message;
    } else {
      $('error').textContent = 'Errore (error): ' + error.message;
    }
  }

  function el(tag, text, attributes) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  }

  function table(caption, headings, rows, id) {
    const t = el('table', null, id ? { id: id } : {});
    t.appendChild(el('caption', caption));
    const head = el('tr');
    headings.forEach((h) => head.appendChild(el('th', h, { scope: 'col' })));
    const thead = el('thead');
    thead.appendChild(head);
    t.appendChild(thead);
    const tbody = el('tbody');
    rows.forEach((row) => {
      const tr = el('tr');
      row.forEach((cell) => {
        const td = el('td');
        if (cell instanceof Node) {
          td.appendChild(cell);
        } else {
          td.textContent = cell === undefined || cell === null ? '' : String(cell);
        }
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    t.appendChild(tbody);
    return t;
  }

  function replace(container, node) {
    container.replaceChildren();
    if (node) {
      container.appendChild(node);
    }
  }

  /* ---------- pages ---------- */

  const PAGES = ['login', 'cards', 'counter', 'outbox', 'audit'];

  function route() {
    const wanted = (location.hash || '').replace(/^#\//, '');
    let page = PAGES.includes(wanted) ? wanted : 'cards';
    if (!state.session && !state.outboxToken) {
      page = 'login';
    } else if (!state.session && page !== 'outbox') {
      page = 'outbox';
    }
    PAGES.forEach((p) => {
      $('page-' + p).hidden = p !== page;
      const link = $('nav-' + p);
      if (link) {
        if (p === page) {
          link.setAttribute('aria-current', 'page');
        } else {
          link.removeAttribute('aria-current');
        }
      }
    });
    const admin = state.outboxToken !== null;
    $('outbox-reserved').hidden = admin;
    $('outbox-form').hidden = !admin;
    $('sign-out').hidden = !state.session && !admin;
    document.title = $('page-' + page).querySelector('h2').textContent.trim()
      + ' — Console della CMS di prova';
  }

  function showWho() {
    if (state.session) {
      const o = state.operator;
      $('who').textContent = 'Operatore ' + o.operatorId + ' (' + o.displayName + '), ruolo ' + o.role
        + ', sportello ' + o.counterId + ', regione ' + o.region;
    } else if (state.outboxToken) {
      $('who').textContent = 'Amministratore della sandbox (sandbox administrator): solo la posta inviata.';
    } else {
      $('who').textContent = 'Non hai effettuato l\'accesso (signed out).';
    }
  }

  function forget() {
    state.session = null;
    state.operator = null;
    state.outboxToken = null;
    state.identified = null;
    state.activation = null;
    state.reprint = null;
    document.querySelectorAll('form').forEach((f) => f.reset());
    ['card-results', 'card-history', 'outbox-messages', 'audit-result', 'audit-entries', 'papers-buttons',
      'paper-output', 'identified-data'].forEach((id) => $(id).replaceChildren());
    $('identified').hidden = true;
    $('papers').hidden = true;
  }

  /* ---------- sign in ---------- */

  async function signIn(event) {
    event.preventDefault();
    const operatorId = $('login-operator').value.trim();
    const token = $('login-token').value;
    $('login-token').value = '';
    try {
      forget();
      const login = await api('POST', '/sessions', { operatorId: operatorId, token: token });
      state.session = login.sessionToken;
      state.operator = login.operator;
      showWho();
      say('Accesso effettuato (signed in) come ' + operatorId + '.');
      location.hash = '#/cards';
      route();
    } catch (e) {
      fail(e);
    }
  }

  async function signInAdmin(event) {
    event.preventDefault();
    const token = $('admin-token').value;
    $('admin-token').value = '';
    try {
      forget();
      // The token is checked by a read of an address no message goes to (RFC 2606 .invalid): audited, empty.
      await api('GET', '/outbox?address=' + encodeURIComponent('verifica@console.invalid'), undefined,
        { outbox: token });
      state.outboxToken = token;
      showWho();
      say('Accesso effettuato come amministratore della sandbox.');
      location.hash = '#/outbox';
      route();
    } catch (e) {
      fail(e);
    }
  }

  async function signOut() {
    const session = state.session;
    forget();
    showWho();
    route();
    if (session) {
      try {
        await fetch(API + '/sessions/logout', {
          method: 'POST',
          headers: { 'Authorization': 'Bearer ' + session, 'Content-Type': 'application/json',
            'Idempotency-Key': newKey() },
          body: '{}', cache: 'no-store', credentials: 'omit'
        });
      } catch (e) {
        // The session ends anyway after 8 hours; the tab has forgotten it.
      }
    }
    say('Uscita effettuata (signed out).');
  }

  /* ---------- cards ---------- */

  function cardRows(cards) {
    return cards.map((c) => {
      const history = el('button', 'Storia', { type: 'button', class: 'secondary', 'data-card': c.cardId,
        'aria-label': 'Storia della tessera ' + c.cardId });
      history.addEventListener('click', () => showHistory(c.cardId));
      return [c.cardId, c.teamNumber, c.state, c.issuerRegion, c.expiryDate, history];
    });
  }

  async function searchCards(event) {
    event.preventDefault();
    const kind = $('card-search-kind').value;
    const value = $('card-search-value').value.trim();
    $('card-history').replaceChildren();
    try {
      let cards;
      if (kind === 'cardId') {
        cards = [await api('GET', '/cards/' + encodeURIComponent(value))];
      } else if (kind === 'teamNumber') {
        // As printed on the card, in groups: the API takes the twenty digits (docs/console.md §8).
        cards = [await api('GET', '/team-numbers/' + encodeURIComponent(value.replace(/\s+/g, '')))];
      } else {
        cards = (await api('GET', '/persons/' + encodeURIComponent(value.toUpperCase()) + '/cards')).cards;
      }
      replace($('card-results'), table('Tessere trovate (cards found)',
        ['ID carta', 'Numero TEAM', 'Stato', 'Regione', 'Scadenza', 'Storia'], cardRows(cards), 'cards-table'));
      say(cards.length + ' tessere trovate per ' + $('card-search-kind').selectedOptions[0].text.split(' (')[0]
        + '.');
    } catch (e) {
      $('card-results').replaceChildren();
      fail(e);
    }
  }

  async function showHistory(cardId) {
    try {
      const history = await api('GET', '/cards/' + encodeURIComponent(cardId) + '/history');
      replace($('card-history'), table('Storia della tessera ' + cardId + ' (history)',
        ['#', 'Quando', 'Operazione', 'Operatore', 'Esito', 'Codice', 'Stato dopo'],
        history.entries.map((h) => [h.sequence, h.at, h.operation, h.operatorId, h.outcome, h.problemCode || '',
          h.stateAfter || '']), 'history-table'));
      say('Storia della tessera ' + cardId + ': ' + history.entries.length + ' voci.');
    } catch (e) {
      $('card-history').replaceChildren();
      fail(e);
    }
  }

  /* ---------- counter ---------- */

  async function identify(event) {
    event.preventDefault();
    state.identified = null;
    state.activation = null;
    state.reprint = null;
    $('identified').hidden = true;
    $('papers').hidden = true;
    try {
      const result = await api('POST', '/cards/identify', {
        codiceFiscale: $('identify-cf').value.trim().toUpperCase(),
        teamNumber: $('identify-team').value.trim(),
        expiryDate: $('identify-expiry').value
      });
      if (result.outcome !== 'MATCH') {
        fail(new Error('I dati non corrispondono (MISMATCH): ' + (result.mismatchedFields || []).join(', ')
          + '. Indirizzare il titolare all\'ufficio Scelta e Revoca.'));
        return;
      }
      state.identified = result;
      const data = $('identified-data');
      data.replaceChildren();
      const h = result.holder;
      [['Cognome', h.surname], ['Nome', h.name], ['Data di nascita', h.birthDate], ['Sesso', h.sex],
        ['Luogo di nascita', h.birthPlace], ['Codice fiscale', h.codiceFiscale], ['ID carta', result.card.cardId],
        ['Stato', result.card.state], ['Regione', result.card.issuerRegion], ['Scadenza', result.card.expiryDate]]
        .forEach(([k, v]) => {
          data.appendChild(el('dt', k));
          data.appendChild(el('dd', v));
        });
      $('identified').hidden = false;
      $('revoke-card').value = result.card.cardId;
      say('Tessera identificata: ' + h.surname + ' ' + h.name + ', ' + result.card.cardId + '.');
    } catch (e) {
      fail(e);
    }
  }

  function presentedDocument() {
    const document_ = {
      type: $('doc-type').value,
      number: $('doc-number').value.trim(),
      issuingBody: $('doc-issuer').value.trim(),
      issueDate: $('doc-issued').value
    };
    if ($('doc-expiry').value) {
      document_.expiryDate = $('doc-expiry').value;
    }
    return { document: document_, unchangedDataDeclaration: $('doc-unchanged').checked };
  }

  function delegate() {
    return {
      surname: $('activate-delegate-surname').value.trim(),
      givenName: $('activate-delegate-name').value.trim(),
      codiceFiscale: $('activate-delegate-cf').value.trim().toUpperCase()
    };
  }

  function applicant() {
    const mode = $('activate-mode').value;
    const data = { mode: mode, document: presentedDocument() };
    if (mode !== 'DIRECT') {
      data.delegate = delegate();
    }
    if (mode === 'LEGAL_REPRESENTATIVE') {
      data.representativeRole = $('activate-role').value;
    }
    return data;
  }

  function channel() {
    return { kind: $('channel-kind').value, address: $('channel-address').value.trim() };
  }

  /** The papers an activation prints, as tscns-cms-documents chooses them (the server is the judge). */
  function activationPapers(request) {
    const papers = [['ricevuta-attivazione', 'Ricevuta di attivazione (receipt)'],
      ['richiesta-attivazione', 'Modulo di richiesta di attivazione (request form)']];
    if (request.applicant.mode === 'DELEGATE_HEALTH') {
      papers.push(['dichiarazione-delegato', 'Dichiarazione del delegato']);
    }
    if (request.applicant.mode === 'LEGAL_REPRESENTATIVE') {
      papers.push(['dichiarazione-potesta-tutela', 'Dichiarazione di potestà, tutela o curatela']);
    }
    if (request.applicant.document.unchangedDataDeclaration) {
      papers.push(['dichiarazione-documento-scaduto', 'Dichiarazione sul documento scaduto']);
    }
    return papers;
  }

  async function activate(event) {
    event.preventDefault();
    if (!state.identified) {
      return;
    }
    const supporting = Array.from(document.querySelectorAll('#activate-form fieldset input[type=checkbox][value]'))
      .filter((c) => c.checked).map((c) => c.value);
    const request = {
      holder: state.identified.holder.codiceFiscale,
      cardExpiry: state.identified.card.expiryDate,
      applicant: applicant(),
      supportingDocuments: supporting,
      channel: channel(),
      privacyConsent: $('privacy').checked,
      fseConsents: [],
      identificationRef: state.identified.identificationRef
    };
    try {
      const receipt = await api('POST', '/cards/' + encodeURIComponent(state.identified.card.cardId)
        + '/activation', request);
      state.activation = { receipt: receipt, holder: state.identified.holder, request: request };
      showPapers('Tessera ' + receipt.cardId + ' attivata: ricevuta ' + receipt.receiptId + '. La seconda metà dei '
        + 'codici è stata inviata via ' + receipt.channel + ' a ' + receipt.maskedAddress + '. Le prime metà sono '
        + 'solo sulla ricevuta stampata.', activationPapers(request).map(([stem, title]) =>
        [title, 'activation/' + stem, state.activation, 'paper-' + stem]));
      say('Attivazione registrata (activated): ricevuta ' + receipt.receiptId + '.');
    } catch (e) {
      fail(e);
    }
  }

  function showPapers(summary, papers) {
    $('papers-summary').textContent = summary;
    const buttons = $('papers-buttons');
    buttons.replaceChildren();
    $('paper-output').replaceChildren();
    papers.forEach(([title, path, data, id]) => {
      const b = el('button', 'Stampa: ' + title + ' (PDF)', { type: 'button', id: id, class: 'secondary' });
      b.addEventListener('click', () => print(title, path, data));
      buttons.appendChild(b);
      buttons.appendChild(document.createTextNode(' '));
    });
    $('papers').hidden = false;
  }

  /** Asks the console's server for a paper and offers it as a PDF made in this tab (a blob: URL). */
  async function print(title, path, data) {
    try {
      const response = await fetch(PAPERS + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Tscns-Console': 'papers' },
        body: JSON.stringify(data),
        cache: 'no-store',
        credentials: 'omit'
      });
      await refused(response);
      const blob = await response.blob();
      const output = $('paper-output');
      output.querySelectorAll('a').forEach((a) => URL.revokeObjectURL(a.href));
      const link = el('a', 'Scarica ' + title + ' (PDF, download)', { id: 'paper-link', href: URL.createObjectURL(blob),
        target: '_blank', rel: 'noopener', download: path.replace(/\//g, '-') + '.pdf' });
      replace(output, link);
      link.focus();
      say('Stampa pronta (PDF ready): ' + title + '.');
    } catch (e) {
      fail(e);
    }
  }

  async function reprint(event) {
    event.preventDefault();
    if (!state.identified) {
      return;
    }
    const mode = $('activate-mode').value;
    const request = { by: mode === 'DIRECT' ? 'HOLDER' : 'DELEGATE', document: presentedDocument(),
      channel: channel(), identificationRef: state.identified.identificationRef };
    if (mode !== 'DIRECT') {
      request.delegate = delegate();
    }
    try {
      const receipt = await api('POST', '/cards/' + encodeURIComponent(state.identified.card.cardId) + '/reprint',
        request);
      state.reprint = { receipt: receipt, holder: state.identified.holder, request: request };
      showPapers('Ristampa registrata: ricevuta ' + receipt.receiptId + '; seconda metà a ' + receipt.maskedAddress
        + '.', [['Ricevuta di ristampa (reprint receipt)', 'reprint', state.reprint, 'paper-ricevuta-ristampa']]);
      say('Ristampa registrata (reprinted): ricevuta ' + receipt.receiptId + '.');
    } catch (e) {
      fail(e);
    }
  }

  async function consents(event) {
    event.preventDefault();
    if (!state.identified) {
      return;
    }
    const choices = [['FEEDING', $('consent-feeding').value], ['CONSULTATION', $('consent-consultation').value]]
      .filter(([, status]) => status).map(([kind, status]) => ({ kind: kind, status: status }));
    if ($('consent-past').value) {
      choices.push({ kind: $('consent-past').value, status: 'GIVEN' });
    }
    if (choices.length === 0) {
      fail(new Error('Scegli almeno un consenso (choose at least one).'));
      return;
    }
    try {
      const view = await api('POST', '/cards/' + encodeURIComponent(state.identified.card.cardId) + '/consents', {
        consents: choices, presentedBy: applicant(), identificationRef: state.identified.identificationRef
      });
      const inForce = (view.consents || []).map((c) => c.kind + ' ' + c.status).join(', ');
      say('Consensi registrati (recorded). In vigore: ' + inForce + '.');
    } catch (e) {
      fail(e);
    }
  }

  async function revoke(event) {
    event.preventDefault();
    const cardId = $('revoke-card').value.trim();
    const cip = $('revoke-cip').value;
    $('revoke-cip').value = '';
    try {
      const request = { requester: 'HOLDER', cause: $('revoke-cause').value, cip: cip };
      if (state.identified && $('doc-number').value.trim()) {
        // The document shown at this visit, kept as the revocation's counter record.
        request.presentedBy = { mode: 'DIRECT', document: presentedDocument() };
      }
      const status = await api('POST', '/cards/' + encodeURIComponent(cardId) + '/revocation', request);
      say('Tessera ' + cardId + ' revocata (revoked): stato ' + (status.state || 'REVOKED') + '.');
    } catch (e) {
      fail(e);
    }
  }

  /* ---------- outbox ---------- */

  async function readOutbox(event) {
    event.preventDefault();
    const address = $('outbox-address').value.trim();
    try {
      const view = await api('GET', '/outbox?address=' + encodeURIComponent(address), undefined,
        { outbox: state.outboxToken });
      const box = $('outbox-messages');
      box.replaceChildren();
      box.appendChild(el('h3', view.messages.length + ' messaggi per ' + address));
      view.messages.forEach((m) => {
        const article = el('article', null, { class: 'message', 'data-message': m.messageId });
        article.appendChild(el('h4', (m.channel === 'SMS' ? 'SMS' : 'E-mail') + ' a ' + m.address + ', '
          + m.sentAt));
        article.appendChild(el('p', 'Seconda metà dei codici della tessera ' + m.cardId
          + ' (second halves of the codes):'));
        const codes = el('dl');
        [['PIN', m.remoteHalves.pin], ['PUK', m.remoteHalves.puk], ['CIP', m.remoteHalves.cip]]
          .filter(([, v]) => v).forEach(([k, v]) => {
            codes.appendChild(el('dt', k));
            codes.appendChild(el('dd', v, { class: 'half-' + k.toLowerCase() }));
          });
        article.appendChild(codes);
        box.appendChild(article);
      });
      say(view.messages.length + ' messaggi.');
    } catch (e) {
      fail(e);
    }
  }

  /* ---------- audit ---------- */

  async function verifyAudit() {
    try {
      const verification = await api('GET', '/audit/verification');
      const after = Math.max(0, verification.entries - 20);
      const text = await api('GET', '/audit/export?after=' + after + '&limit=20', undefined, { text: true });
      const lines = text.split('\n').filter((l) => l.startsWith('seq='));
      const end = text.split('\n').find((l) => l.startsWith('end head='));
      // The export's trailer: "end head=<sequence>:<hash> seal=...".
      const head = (end ? end.split(' ')[1].substring('head='.length) : ':').split(':');
      const result = $('audit-result');
      result.replaceChildren();
      result.appendChild(el('p', verification.intact
        ? 'Catena integra (intact): ' + verification.entries + ' voci verificate.'
        : 'Catena NON integra (broken) alla voce ' + verification.entries + ': ' + (verification.defectCode || '')
          + ' ' + (verification.detail || ''), { id: 'audit-verdict', class: 'state' }));
      const headLine = el('p', 'Testa della catena (head), voce n. ' + head[0] + ': ');
      headLine.appendChild(el('code', head[1], { id: 'audit-head' }));
      result.appendChild(headLine);
      const field = (line, name) => {
        const m = line.match(new RegExp('(?:^| )' + name + '=(\\S*)'));
        return m ? m[1] : '';
      };
      replace($('audit-entries'), table('Ultime voci (latest entries)',
        ['#', 'Quando', 'Operazione', 'Operatore', 'Tessera', 'Esito'],
        lines.map((l) => [field(l, 'seq'), field(l, 'at'), field(l, 'op'), field(l, 'operator'), field(l, 'card'),
          field(l, 'outcome')]), 'audit-table'));
      say('Verifica completata.');
    } catch (e) {
      fail(e);
    }
  }

  /* ---------- wiring ---------- */

  function toggleDelegate() {
    const mode = $('activate-mode').value;
    $('activate-delegate').hidden = mode === 'DIRECT';
    $('activate-role').disabled = mode !== 'LEGAL_REPRESENTATIVE';
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('login-form').addEventListener('submit', signIn);
    $('admin-form').addEventListener('submit', signInAdmin);
    $('sign-out').addEventListener('click', signOut);
    $('card-search').addEventListener('submit', searchCards);
    $('identify-form').addEventListener('submit', identify);
    $('activate-form').addEventListener('submit', activate);
    $('activate-mode').addEventListener('change', toggleDelegate);
    $('reprint-form').addEventListener('submit', reprint);
    $('consents-form').addEventListener('submit', consents);
    $('revoke-form').addEventListener('submit', revoke);
    $('outbox-form').addEventListener('submit', readOutbox);
    $('audit-verify').addEventListener('click', verifyAudit);
    window.addEventListener('hashchange', route);
    toggleDelegate();
    showWho();
    route();
  });
}());
