/*
 * Thank-you pages: the language links keep the reference and the outcome, so switching language does not lose
 * them. Only values the page would show are carried (a reference of the form MSME-XXXX-XXXX, an outcome the page
 * knows); anything else in the address is dropped. Without JavaScript the links stay plain and the page says
 * where the reference is (the address bar, the confirmation e-mail).
 */
(function () {
  "use strict";
  var REFERENCE = /^MSME-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
  var params = new URLSearchParams(window.location.search);
  var kept = new URLSearchParams();
  var ref = params.get("ref");
  if (ref && REFERENCE.test(ref)) {
    kept.set("ref", ref);
  }
  var outcome = params.get("outcome");
  var known = Array.prototype.some.call(document.querySelectorAll("[data-outcome]"), function (p) {
    return p.dataset.outcome === outcome;
  });
  if (outcome && known) {
    kept.set("outcome", outcome);
  }
  var query = kept.toString();
  if (!query) {
    return;
  }
  document.querySelectorAll(".languages a[hreflang]").forEach(function (link) {
    var url = new URL(link.getAttribute("href"), window.location.href);
    url.search = query;
    link.href = url.href;
  });
}());
