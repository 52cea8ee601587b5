/*
 * MobiliseSME forms: sends the form as JSON, shows the backend's errors in place, retries when storage is busy,
 * and shows the reference on the thank-you page. The forms work without it (plain POST, 303 to the thank-you page).
 * No framework, no inline script: loaded with defer, texts from the page's <script type="application/json">.
 */
(function () {
  "use strict";

  var REFERENCE = /^MSME-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
  var RETRYABLE = [429, 502, 503, 504];
  var MAX_RETRIES = 3;

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function isoDate(d) {
    function pad(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  /* A date relative to today from an ISO-8601 period such as P30D, P18M or P-70Y. */
  function fromToday(period) {
    var m = /^P(?:(-?\d+)Y)?(?:(-?\d+)M)?(?:(-?\d+)D)?$/.exec(period || "");
    if (!m) { return null; }
    var d = new Date();
    d.setFullYear(d.getFullYear() + Number(m[1] || 0), d.getMonth() + Number(m[2] || 0), d.getDate() + Number(m[3] || 0));
    return isoDate(d);
  }

  function strings() {
    var node = document.getElementById("form-strings");
    try { return node ? JSON.parse(node.textContent) : {}; } catch (e) { return {}; }
  }

  /* Limits that depend on the day the form is filled in: never baked into the page, where they would age. */
  function setDynamicLimits(form) {
    form.querySelectorAll("[data-earliest]").forEach(function (el) { el.min = fromToday(el.dataset.earliest) || ""; });
    form.querySelectorAll("[data-latest]").forEach(function (el) { el.max = fromToday(el.dataset.latest) || ""; });
    form.querySelectorAll("[data-max-current-year]").forEach(function (el) { el.max = String(new Date().getFullYear()); });
  }

  function selectedValues(form, name) {
    var values = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name !== name || el.disabled) { return; }
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) { return; }
      if (el.value) { values.push(el.value); }
    });
    return values;
  }

  /* Shows a conditional field or section only while the field it depends on has one of its values. */
  function updateConditions(form) {
    form.querySelectorAll("[data-shown-when]").forEach(function (el) {
      var wanted = el.dataset.shownValues.split(" ");
      var parentHidden = el.parentElement.closest("[data-shown-when][hidden]");
      var shown = !parentHidden && selectedValues(form, el.dataset.shownWhen).some(function (v) {
        return wanted.indexOf(v) >= 0;
      });
      el.hidden = !shown;
      el.querySelectorAll("input, select, textarea").forEach(function (control) { control.disabled = !shown; });
    });
  }

  /* A countdown under each limited text area: "1,234 characters left", worded per plural form of the page language. */
  function addCounters(form) {
    var lang = document.documentElement.lang;
    var format = new Intl.NumberFormat(lang);
    var plural = new Intl.PluralRules(lang);
    var one = form.getAttribute("data-characters-left-one") || "";
    var other = form.getAttribute("data-characters-left-other") || "";
    form.querySelectorAll("textarea[maxlength]").forEach(function (area) {
      var count = document.createElement("p");
      count.className = "count";
      area.insertAdjacentElement("afterend", count);
      function update() {
        var left = Math.max(Number(area.getAttribute("maxlength")) - Array.from(area.value).length, 0);
        var pattern = plural.select(left) === "one" ? one : other;
        count.textContent = pattern.replace("{n}", format.format(left));
      }
      area.addEventListener("input", update);
      update();
    });
  }

  /* The form's values as the backend reads them: checkbox groups as arrays, everything else as one string. */
  function payload(form) {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled || el.type === "submit" || el.type === "button") { return; }
      var group = el.type === "checkbox" && el.closest(".choices");
      if (group) {
        data[el.name] = data[el.name] || [];
        if (el.checked) { data[el.name].push(el.value); }
      } else if (el.type === "radio" || el.type === "checkbox") {
        if (el.checked) { data[el.name] = el.value; }
      } else {
        data[el.name] = el.value;
      }
    });
    return data;
  }

  function clearErrors(form) {
    form.querySelectorAll(".field-error").forEach(function (p) { p.remove(); });
    form.querySelectorAll(".has-error").forEach(function (f) { f.classList.remove("has-error"); });
    form.querySelectorAll("[aria-invalid]").forEach(function (el) {
      el.removeAttribute("aria-invalid");
    });
    form.querySelectorAll("[data-error-for]").forEach(function (el) {
      var ids = (el.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
        return id && id !== el.dataset.errorFor;
      });
      if (ids.length) { el.setAttribute("aria-describedby", ids.join(" ")); } else { el.removeAttribute("aria-describedby"); }
      el.removeAttribute("data-error-for");
    });
    var summary = form.querySelector(".error-summary");
    summary.hidden = true;
    summary.querySelector("ul").textContent = "";
  }

  function describe(el, id) {
    var ids = (el.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    ids.unshift(id);
    el.setAttribute("aria-describedby", ids.join(" "));
    el.dataset.errorFor = id;
  }

  /* One error next to its field (in words, tied by aria-describedby) and as a link in the summary. */
  function showFieldError(form, error, list) {
    var item = document.createElement("li");
    var wrapper = error.field ? form.querySelector('[data-field="' + CSS.escape(error.field) + '"]') : null;
    var controls = wrapper ? wrapper.querySelectorAll("input, select, textarea") : [];
    if (!wrapper || !controls.length) {
      item.textContent = error.message;
      list.appendChild(item);
      return;
    }
    var id = "error-" + error.field;
    var message = document.createElement("p");
    message.className = "field-error";
    message.id = id;
    message.textContent = error.message;
    var group = wrapper.matches("fieldset");
    var before = group ? wrapper.querySelector(".choice-list") : wrapper.querySelector(".choice, input, select, textarea");
    before.parentNode.insertBefore(message, before);
    wrapper.classList.add("has-error");
    controls.forEach(function (control) { control.setAttribute("aria-invalid", "true"); });
    describe(group ? wrapper : controls[0], id);
    var link = document.createElement("a");
    link.href = "#" + controls[0].id;
    var label = error.label || (wrapper.querySelector("legend, label") || {}).textContent || "";
    link.textContent = (label ? label.replace(/\s*\(.*\)\s*$/, "") + ": " : "") + error.message;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      controls[0].focus();
    });
    item.appendChild(link);
    list.appendChild(item);
  }

  function showErrors(form, errors) {
    var summary = form.querySelector(".error-summary");
    var list = summary.querySelector("ul");
    errors.forEach(function (error) { showFieldError(form, error, list); });
    summary.hidden = false;
    summary.focus();
  }

  function wait(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  function readJson(response) {
    return response.text().then(function (text) {
      try { return JSON.parse(text); } catch (e) { return {}; }
    });
  }

  function thanksUrl(form, answer) {
    var page = typeof answer.thanksPage === "string" && /^\/(?!\/)/.test(answer.thanksPage)
      ? answer.thanksPage : form.dataset.thanks;
    var url = page + "?ref=" + encodeURIComponent(answer.reference || "");
    var outcome = answer.eligibility && answer.eligibility.outcome;
    /* The thank-you page shows only the outcomes it knows; this only keeps the address clean. */
    return typeof outcome === "string" && /^[a-z-]{1,30}$/.test(outcome) ? url + "&outcome=" + outcome : url;
  }

  function send(form, body, text, attempt) {
    return fetch(form.action, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: body,
      credentials: "omit"
    }).then(function (response) {
      if (RETRYABLE.indexOf(response.status) >= 0 && attempt < MAX_RETRIES) {
        var after = Number(response.headers.get("Retry-After"));
        var delay = Math.min(Math.max(after > 0 ? after * 1000 : 0, 1000 * Math.pow(2, attempt)), 10000);
        return { retry: delay };
      }
      return readJson(response).then(function (answer) { return { status: response.status, answer: answer }; });
    }).then(function (result) {
      if (result.retry) {
        status(form, text.retry);
        return wait(result.retry).then(function () { return send(form, body, text, attempt + 1); });
      }
      return result;
    });
  }

  function status(form, message) {
    form.querySelector(".form-status").textContent = message || "";
  }

  function problem(result, text) {
    var answer = result.answer || {};
    if (answer.code && answer.title) { return answer.title; }        /* our backend: localized */
    if (result.status === 413) { return text.tooLarge; }              /* API Gateway: English only */
    if (RETRYABLE.indexOf(result.status) >= 0 || result.status >= 500) { return text.unavailable; }
    return text.requestFailed;
  }

  function enhance(form) {
    var text = strings();
    var button = form.querySelector("button[type=submit]");
    var busy = false;
    form.noValidate = true;   /* our own messages, in the page's language, replace the browser's */
    form.querySelectorAll('[data-fill="uuid"]').forEach(function (el) { el.value = uuid(); el.disabled = false; });
    /* Time on the page by the page's own monotonic clock: the visitor's wall clock may be anything. */
    form.dataset.shownAt = String(performance.now());
    setDynamicLimits(form);
    updateConditions(form);
    form.addEventListener("change", function () { updateConditions(form); });
    addCounters(form);

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (busy) { return; }
      busy = true;
      button.disabled = true;
      clearErrors(form);
      status(form, text.sending);
      form.querySelectorAll('[data-fill="elapsed"]').forEach(function (el) {
        el.value = String(Math.round(performance.now() - Number(form.dataset.shownAt)));
      });
      send(form, JSON.stringify(payload(form)), text, 0).then(function (result) {
        if (result.status === 200 || result.status === 201) {
          window.location.assign(thanksUrl(form, result.answer));
          return;
        }
        status(form, "");
        if (result.status === 422 && Array.isArray(result.answer.errors)) {
          showErrors(form, result.answer.errors);
        } else {
          showErrors(form, [{ field: null, message: problem(result, text) }]);
        }
      }, function () {
        status(form, "");
        showErrors(form, [{ field: null, message: text.network }]);
      }).then(function () {
        busy = false;
        button.disabled = false;
      });
    });
  }

  /* Thank-you page: the reference and outcome come from the address; shown as text, never as markup. */
  function showReference(box) {
    var params = new URLSearchParams(window.location.search);
    var ref = params.get("ref");
    if (ref && REFERENCE.test(ref)) {
      box.querySelector("[data-reference-value]").textContent = ref;
      box.hidden = false;
    }
    var outcome = params.get("outcome");
    document.querySelectorAll("[data-outcome]").forEach(function (p) {
      p.hidden = p.dataset.outcome !== outcome;
    });
  }

  document.querySelectorAll("form[data-form]").forEach(enhance);
  document.querySelectorAll("[data-reference]").forEach(showReference);
}());
