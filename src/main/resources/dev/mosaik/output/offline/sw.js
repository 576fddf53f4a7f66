// mosaik's service worker (published site only). It keeps nothing until a page asks it to save its language:
// then it reads the language's manifest (offline.json, made by the build) and stores every file it lists in a
// cache named by the build's hash. Requests are answered from that cache first, else from the network; a new
// build brings a new hash, hence a new worker, which deletes the caches of older builds when it takes over.
"use strict";

var VERSION = "@@VERSION@@";
var CACHE = "mosaik-" + VERSION;
/** When each manifest was saved, by its address: the footer shows the date. */
var SAVED = CACHE + "-saved";
var PARALLEL = 4;
var saving = {};

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("mosaik-") === 0 && name !== CACHE && name !== SAVED;
    }).map(function (name) {
      return caches.delete(name);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type !== "save" || typeof data.manifest !== "string") {
    return;
  }
  var manifest = new URL(data.manifest, self.registration.scope);
  if (manifest.origin !== self.location.origin) {
    return;
  }
  var source = event.source;
  event.waitUntil(save(manifest.href).then(function (savedAt) {
    source.postMessage({ type: "saved", manifest: data.manifest, savedAt: savedAt });
  }).catch(function () {
    // Offline, or the site changed meanwhile: the next page asks again.
  }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(caches.open(CACHE).then(function (cache) {
    // A page asked with a query (the search page's ?q=) is the same file.
    return cache.match(request, { ignoreSearch: request.mode === "navigate" });
  }).then(function (hit) {
    return hit || fetchOwn(request);
  }));
});

/** The only way this worker reaches the network: files of the site itself, never another host. */
function fetchOwn(request, init) {
  var url = new URL(typeof request === "string" ? request : request.url, self.location.href);
  if (url.origin !== self.location.origin) {
    return Promise.reject(new Error("not a file of this site: " + url.href));
  }
  return fetch(request, init);
}

function save(manifest) {
  if (!saving[manifest]) {
    saving[manifest] = savedAt(manifest).then(function (known) {
      return known || fill(manifest);
    }).finally(function () {
      delete saving[manifest];
    });
  }
  return saving[manifest];
}

function savedAt(manifest) {
  return caches.open(SAVED).then(function (cache) {
    return cache.match(manifest);
  }).then(function (hit) {
    return hit ? hit.text() : null;
  });
}

function fill(manifest) {
  return fetchOwn(manifest, { cache: "no-cache" }).then(function (response) {
    if (!response.ok) {
      throw new Error(response.status + " " + manifest);
    }
    return response.json();
  }).then(function (list) {
    if (list.version !== VERSION) {
      throw new Error("the manifest belongs to another build");
    }
    var urls = list.files.map(function (file) {
      return new URL(file.url, manifest).href;
    });
    return caches.open(CACHE).then(function (cache) {
      return inTurns(urls, function (url) {
        return cache.match(url).then(function (hit) {
          return hit || fetchOwn(url, { cache: "no-cache" }).then(function (response) {
            if (!response.ok) {
              throw new Error(response.status + " " + url);
            }
            return cache.put(url, response);
          });
        });
      });
    });
  }).then(function () {
    var now = new Date().toISOString();
    return caches.open(SAVED).then(function (cache) {
      return cache.put(manifest, new Response(now));
    }).then(function () {
      return now;
    });
  });
}

/** Runs {@code task} for every item, PARALLEL at a time, so that a phone's connection is not flooded. */
function inTurns(items, task) {
  var next = 0;
  function worker() {
    if (next >= items.length) {
      return Promise.resolve();
    }
    var item = items[next++];
    return task(item).then(worker);
  }
  var workers = [];
  for (var i = 0; i < Math.min(PARALLEL, items.length); i++) {
    workers.push(worker());
  }
  return Promise.all(workers);
}
