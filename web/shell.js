// Page shell: checks WebGL2, downloads the wasm with a progress bar, shows a clear message on failure.
(function () {
  'use strict';
  // Which program to load: prm (the product) unless the page names another (the bench's floor page).
  var data = (document.currentScript && document.currentScript.dataset) || {};
  var program = data.program || 'prm';
  // A release build (scripts/build-web) names the content-hashed files in index.html; a development
  // build has the plain names.
  var jsFile = data.js || program + '.js';
  var wasmFile = data.wasm || program + '.wasm';
  var loader = document.getElementById('loader');
  var fill = document.getElementById('loader-fill');
  var bytesText = document.getElementById('loader-bytes');
  var loaderText = document.getElementById('loader-text');

  // The shell's few words in the UI's language, chosen as the app chooses it (src/platform/main_web.cpp):
  // ?lang=, then the remembered choice, then the browser's languages; English otherwise.
  var finnish = (function () {
    var tags = [];
    try { var p = new URLSearchParams(location.search).get('lang'); if (p) tags.push(p); } catch (e) {}
    try { var r = localStorage.getItem('prm.lang'); if (r) tags.push(r); } catch (e) {}
    tags = tags.concat(navigator.languages || [navigator.language || '']);
    for (var i = 0; i < tags.length; i++) {
      var t = String(tags[i]).toLowerCase().slice(0, 3);
      if (t === 'fi' || t === 'fi-' || t === 'fi_') return true;
      if (t === 'en' || t === 'en-' || t === 'en_') return false;
    }
    return false;
  })();
  function L(en, fi) { return finnish ? fi : en; }
  if (finnish) { document.documentElement.lang = 'fi'; loaderText.textContent = 'Ladataan sandboxia…'; }

  function fail(message, hint) {
    loader.hidden = true;
    document.getElementById('failure-text').textContent = message;
    document.getElementById('failure-hint').textContent = hint || '';
    document.getElementById('failure').hidden = false;
    window.prmStartupError = message;
  }

  function hasWebGL2() {
    try { return !!document.createElement('canvas').getContext('webgl2'); } catch (e) { return false; }
  }
  if (!hasWebGL2()) {
    fail(L('This browser cannot show the sandbox: WebGL2 is not available.',
           'Tämä selain ei voi näyttää sandboxia: WebGL2 ei ole käytettävissä.'),
         L('Use a current Chrome, Edge, Firefox or Safari, and check that hardware acceleration is not turned off.',
           'Käytä ajantasaista Chromea, Edgeä, Firefoxia tai Safaria ja tarkista, ettei laitteistokiihdytys ole pois päältä.'));
    return;
  }

  function kb(n) { return (n / 1024).toFixed(0) + ' KB'; }

  // Fetches the wasm with progress, then instantiates it (Emscripten's instantiateWasm hook).
  function instantiateWithProgress(imports, done) {
    fetch(wasmFile).then(function (resp) {
      if (!resp.ok) throw new Error(wasmFile + ' answered HTTP ' + resp.status);
      var total = Number(resp.headers.get('X-Uncompressed-Length') || (resp.headers.get('Content-Encoding') ? 0 : resp.headers.get('Content-Length'))) || 0;
      if (!resp.body || !resp.body.getReader) return resp.arrayBuffer();
      var reader = resp.body.getReader();
      var chunks = [], received = 0;
      function pump() {
        return reader.read().then(function (r) {
          if (r.done) {
            var all = new Uint8Array(received), at = 0;
            chunks.forEach(function (c) { all.set(c, at); at += c.length; });
            return all.buffer;
          }
          chunks.push(r.value);
          received += r.value.length;
          fill.style.width = (total ? Math.min(100, 100 * received / total) : 50) + '%';
          bytesText.textContent = kb(received) + (total ? L(' of ', ' / ') + kb(total) : '');
          return pump();
        });
      }
      return pump();
    }).then(function (buffer) {
      loaderText.textContent = L('Starting…', 'Käynnistetään…');
      fill.style.width = '100%';
      return WebAssembly.instantiate(buffer, imports);
    }).then(function (result) {
      done(result.instance, result.module);
    }).catch(function (err) {
      fail(L('The sandbox could not be downloaded or started (', 'Sandboxia ei voitu ladata tai käynnistää (') + err.message + ').',
           L('Reload the page. If it keeps failing, the server may not be sending ', 'Lataa sivu uudelleen. Jos virhe toistuu, palvelin ei ehkä lähetä tiedostoa ') + wasmFile + '.');
    });
    return {};
  }

  // Offline use and installing as an app: the release build's service worker (web/sw.js) keeps this
  // build's files. Only over http(s), and only when the page names it (development builds do not).
  // After the first frame, so it does not compete with the download; each load asks for the worker
  // again, so a new build takes over (web/sw.js replaces the old files).
  function registerWorker() {
    if (!data.sw || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
    navigator.serviceWorker.register(data.sw, { updateViaCache: 'none' }).then(function (reg) {
      return reg.update();
    }).catch(function (e) {
      console.warn('offline use is not available: ' + e.message);
    });
  }

  window.Module = {
    canvas: document.getElementById('canvas'),
    instantiateWasm: instantiateWithProgress,
    onFirstFrame: function () { loader.hidden = true; window.prmFirstFrameAt = performance.now(); registerWorker(); },
    onNoWebGL2: function () {
      fail(L('This browser cannot show the sandbox: a WebGL2 context could not be created.',
             'Tämä selain ei voi näyttää sandboxia: WebGL2-kontekstia ei voitu luoda.'),
           L('Check that hardware acceleration is turned on, then reload.',
             'Tarkista, että laitteistokiihdytys on käytössä, ja lataa sivu uudelleen.'));
    },
    onAbort: function (what) {
      fail(L('The sandbox stopped unexpectedly (', 'Sandbox pysähtyi odottamatta (') + what + ').',
           L('Reload the page; your last saved state is kept.', 'Lataa sivu uudelleen; viimeksi tallennettu tila säilyy.'));
    },
    print: function (t) { console.log(t); },
    printErr: function (t) { console.warn(t); }
  };

  // Paste and typed text reach the app through the platform's hidden text element (src/platform/web_input.cpp).
  document.getElementById('canvas').addEventListener('contextmenu', function (e) { e.preventDefault(); });

  var s = document.createElement('script');
  s.src = jsFile;
  s.onerror = function () {
    fail(L('The sandbox program (', 'Sandboxin ohjelmaa (') + jsFile + L(') could not be loaded.', ') ei voitu ladata.'),
         L('Reload the page; check that the server is running.', 'Lataa sivu uudelleen; tarkista, että palvelin on käynnissä.'));
  };
  document.body.appendChild(s);
})();
