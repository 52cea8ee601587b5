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

  /* Under each limited text area: what is left ("1,234 characters left") and, below the definition's minimum, what
     is still needed ("150 more characters needed"), worded per plural form of the page language. */
  function addCounters(form) {
    var lang = document.documentElement.lang;
    var format = new Intl.NumberFormat(lang);
    var plural = new Intl.PluralRules(lang);
    function words(kind, n) {
      var pattern = form.getAttribute("data-characters-" + kind + "-" + (plural.select(n) === "one" ? "one" : "other")) || "";
      return pattern.replace("{n}", format.format(n));
    }
    form.querySelectorAll("textarea[maxlength]").forEach(function (area) {
      var count = document.createElement("p");
      count.className = "count";
      count.id = area.id + "-count";
      area.insertAdjacentElement("afterend", count);
      var min = Number(area.getAttribute("minlength") || area.dataset.minLength || 0);
      function update() {
        var length = Array.from(area.value.trim()).length;
        var left = Math.max(Number(area.getAttribute("maxlength")) - Array.from(area.value).length, 0);
        var text = words("left", left);
        if (min > 0 && length < min) {
          text = words("needed", min - length) + " · " + text;
        }
        count.textContent = text;
      }
      area.addEventListener("input", update);
      update();
    });
  }

  /* ---- The check before sending: the definition's rules (FormRules, embedded per form) with the bundles' messages.
     It mirrors FormValidator field by field; rules that compare fields are left to the server. ---- */

  function rulesOf(form) {
    var node = document.querySelector('script[data-rules-for="' + CSS.escape(form.dataset.form) + '"]');
    try { return node ? JSON.parse(node.textContent) : null; } catch (e) { return null; }
  }

  function whole(regex) { return new RegExp("^(?:" + regex + ")$"); }

  /* Today in the contact point's time zone, as the server's date rules count it. */
  function todayIn(zone) {
    try {
      var parts = {};
      new Intl.DateTimeFormat("en", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" })
        .formatToParts(new Date()).forEach(function (p) { parts[p.type] = p.value; });
      return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day) };
    } catch (e) {
      var now = new Date();
      return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
    }
  }

  /* A date plus an ISO-8601 period as java.time adds it: years and months first (the day kept within the month),
     then days. Returns "YYYY-MM-DD". */
  function plusPeriod(day, period) {
    var m = /^P(?:(-?\d+)Y)?(?:(-?\d+)M)?(?:(-?\d+)D)?$/.exec(period || "");
    if (!m) { return null; }
    var months = day.y * 12 + (day.m - 1) + Number(m[1] || 0) * 12 + Number(m[2] || 0);
    var y = Math.floor(months / 12), mo = months - y * 12;
    var last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
    var d = new Date(Date.UTC(y, mo, Math.min(day.d, last) + Number(m[3] || 0)));
    return d.toISOString().slice(0, 10);
  }

  function longDate(iso) {
    var p = iso.split("-").map(Number);
    return new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: "long", timeZone: "UTC" })
      .format(new Date(Date.UTC(p[0], p[1] - 1, p[2])));
  }

  var INVISIBLE = /^[\s\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]*$/u;
  var BAD_SINGLE_LINE = /[\p{Cc}\p{Cf}\p{Cs}\uFFFD]/u;
  var BAD_MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFFFD]/u;

  function codePoints(text) { return Array.from(text).length; }

  /* What the page holds for a field: the ticked values of a group, the value of anything else; "bad" when the
     browser could not read what was typed into a number or date box. */
  function readField(form, rule) {
    var values = [], bad = false;
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name !== rule.name) { return; }
      if (el.type === "radio" || el.type === "checkbox") {
        if (el.checked) { values.push(el.value); }
        return;
      }
      if (el.validity && el.validity.badInput) { bad = true; }
      if (el.value !== "") { values.push(el.value); }
    });
    return { values: values, bad: bad };
  }

  function error(rule, code, args) { return { field: rule.name, code: code, args: args || {} }; }

  function checkOne(rule, raw, rules, today) {
    var P = rules.patterns, type = rule.type;
    var multi = type === "TEXTAREA";
    if (multi ? BAD_MULTI_LINE.test(raw) : BAD_SINGLE_LINE.test(raw)) { return { error: error(rule, "INVALID_CHARACTERS") }; }
    var value = raw.normalize("NFC");
    value = multi ? value.replace(/\r\n?/g, "\n").trim() : value.replace(/\s+/g, " ").trim();
    if (INVISIBLE.test(value)) { return { empty: true }; }
    /* The page leaves entries at their default out: no minimum, no maximum. */
    var minLength = rule.minLength || 0, maxLength = rule.maxLength || Infinity;
    if (codePoints(value) > maxLength) { return { error: error(rule, "TOO_LONG", { max: maxLength }) }; }
    switch (type) {
      case "TEXT":
      case "TEXTAREA":
        if (codePoints(value) < minLength) { return { error: error(rule, "TOO_SHORT", { min: minLength }) }; }
        if (rule.pattern && !whole(rule.pattern.regex).test(value)) { return { error: error(rule, rule.pattern.code) }; }
        return {};
      case "EMAIL":
        return whole(P.email).test(value) ? {} : { error: error(rule, "EMAIL_INVALID") };
      case "TEL": {
        var phone = value.replace(new RegExp(P.phoneSeparators, "g"), "");
        if (phone.indexOf("00") === 0) { phone = "+" + phone.slice(2); }
        return whole(P.phone).test(phone) ? {} : { error: error(rule, "PHONE_INVALID") };
      }
      case "URL": {
        var ok = false;
        try {
          var url = new URL(value);
          ok = (url.protocol === "http:" || url.protocol === "https:") && url.hostname.indexOf(".") >= 0
            && !url.username && !url.password && /^https?:\/\//i.test(value);
        } catch (e) { ok = false; }
        return ok ? {} : { error: error(rule, "URL_INVALID") };
      }
      case "VAT": {
        var vat = value.toUpperCase().replace(new RegExp(P.vatSeparators, "g"), "");
        var fits = whole(P.vat).test(vat) && vat.length >= minLength && vat.length <= maxLength;
        return fits ? {} : { error: error(rule, "VAT_INVALID") };
      }
      case "INTEGER": {
        if (!whole(P.integer).test(value)) { return { error: error(rule, "NUMBER_INVALID") }; }
        var n = Number(value);
        var max = rule.maxIsCurrentYear ? today.y : rule.max;
        if (rule.min != null && n < rule.min) { return { error: error(rule, "NUMBER_TOO_SMALL", { min: rule.min }) }; }
        if (max != null && n > max) { return { error: error(rule, "NUMBER_TOO_LARGE", { max: max }) }; }
        return {};
      }
      case "DATE": {
        var parts = value.split("-").map(Number);
        var real = whole(P.date).test(value) && (function () {
          var d = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
          return d.getUTCFullYear() === parts[0] && d.getUTCMonth() === parts[1] - 1 && d.getUTCDate() === parts[2];
        }());
        if (!real) { return { error: error(rule, "DATE_INVALID") }; }
        var earliest = rule.earliest && plusPeriod(today, rule.earliest);
        var latest = rule.latest && plusPeriod(today, rule.latest);
        if (earliest && value < earliest) { return { error: error(rule, "DATE_TOO_EARLY", { date: longDate(earliest) }) }; }
        if (latest && value > latest) { return { error: error(rule, "DATE_TOO_LATE", { date: longDate(latest) }) }; }
        return {};
      }
      case "SELECT":
      case "RADIO":
        return rule.options.indexOf(value) >= 0 ? {} : { error: error(rule, "OPTION_INVALID") };
      case "CONSENT":
        return {};
      default:
        return {};
    }
  }

  /* Every problem the server would report for the fields' own rules, in the definition's order. */
  function validate(form, rules) {
    var today = todayIn(rules.zone);
    var errors = [], present = {}, applies = {};
    rules.fields.forEach(function (rule) {
      var when = rule.shownWhen;
      if (when && !(applies[when.field] && (present[when.field] || []).some(function (v) {
        return when.values.indexOf(v) >= 0;
      }))) {
        return;
      }
      applies[rule.name] = true;
      var read = readField(form, rule);
      var values = read.values.filter(function (v) { return !INVISIBLE.test(v); });
      present[rule.name] = values;
      if (read.bad) {
        errors.push(error(rule, rule.type === "DATE" ? "DATE_INVALID" : "NUMBER_INVALID"));
        return;
      }
      if (!values.length) {
        if (rule.required) { errors.push(error(rule, "REQUIRED")); }
        return;
      }
      if (rule.type === "CHECKBOXES") {
        if (values.some(function (v) { return rule.options.indexOf(v) < 0; })) {
          errors.push(error(rule, "OPTION_INVALID"));
        } else if (values.length < (rule.minItems || 0)) {
          errors.push(error(rule, "TOO_FEW_OPTIONS", { min: rule.minItems }));
        } else if (values.length > (rule.maxItems || Infinity)) {
          errors.push(error(rule, "TOO_MANY_OPTIONS", { max: rule.maxItems }));
        }
        return;
      }
      var result = checkOne(rule, values[0], rules, today);
      if (result.error) {
        errors.push(result.error);
      } else if (result.empty && rule.required) {
        errors.push(error(rule, "REQUIRED"));
      }
    });
    return errors.map(function (e) {
      var text = rules.messages[e.code] || "";
      Object.keys(e.args).forEach(function (name) { text = text.split("{" + name + "}").join(String(e.args[name])); });
      return { field: e.field, code: e.code, message: text };
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

  /* A field's question as the page shows it, without the "(required)" mark. */
  function labelText(wrapper) {
    var label = wrapper.querySelector("legend, label");
    if (!label) { return ""; }
    var copy = label.cloneNode(true);
    copy.querySelectorAll(".required").forEach(function (mark) { mark.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
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
    var label = error.label || labelText(wrapper);
    var section = wrapper.closest("fieldset.section");
    var legend = section ? section.querySelector("legend").textContent.trim() : "";
    link.textContent = (legend ? legend + " – " : "") + (label ? label + ": " : "") + error.message;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      controls[0].focus();
    });
    item.appendChild(link);
    list.appendChild(item);
  }

  /* The summary of what to correct: the same for the page's own check and for the server's answer. Focus goes to it
     and it is scrolled to the top of the window (its scroll-margin keeps it clear of anything above). */
  function showErrors(form, errors, keepFocus) {
    var summary = form.querySelector(".error-summary");
    var list = summary.querySelector("ul");
    errors.forEach(function (error) { showFieldError(form, error, list); });
    summary.hidden = false;
    if (!keepFocus) {
      summary.focus({ preventScroll: true });
      summary.scrollIntoView({ block: "start" });
    }
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

    var rules = rulesOf(form);
    var attempted = false;
    /* After the first attempt, leaving a field checks the form again, without moving the focus. */
    form.addEventListener("focusout", function (event) {
      if (!attempted || busy || !rules || !event.target.matches("input, select, textarea")) { return; }
      /* Not while the focus moves into the summary: rebuilding it would take its link away. */
      if (event.relatedTarget && event.relatedTarget.closest(".error-summary")) { return; }
      clearErrors(form);
      var errors = validate(form, rules);
      if (errors.length) { showErrors(form, errors, true); }
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (busy) { return; }
      attempted = true;
      clearErrors(form);
      var problems = rules ? validate(form, rules) : [];
      if (problems.length) {
        /* Nothing is sent while the page itself can tell what to correct. */
        showErrors(form, problems);
        return;
      }
      busy = true;
      button.disabled = true;
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
