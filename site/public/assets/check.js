/*
 * The short eligibility check. With this script the answer of POST /api/check appears in the page, and the answers
 * carry into the form: on a form page the form below is filled in at once; elsewhere the answer's link to the form
 * holds them in its query, which this script fills in when the form page opens. Without JavaScript the check posts
 * as a plain form and the backend answers with a page of its own, in the same words.
 * Only choices and numbers are filled in from an address, never free text, so a link cannot put words in a form.
 */
(function () {
  "use strict";

  function values(form, name) {
    var found = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name !== name || el.disabled) { return; }
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) { return; }
      if (el.value) { found.push(el.value); }
    });
    return found;
  }

  /* A question that applies to one side only is shown while that side is chosen (or fixed above a form). */
  function updateConditions(form) {
    form.querySelectorAll("[data-shown-when]").forEach(function (el) {
      var wanted = el.dataset.shownValues.split(" ");
      var shown = values(form, el.dataset.shownWhen).some(function (v) { return wanted.indexOf(v) >= 0; });
      el.hidden = !shown;
      el.querySelectorAll("input, select, textarea").forEach(function (control) { control.disabled = !shown; });
    });
  }

  function payload(form) {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled) { return; }
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) { return; }
      if (el.value === "") { return; }
      data[el.name] = el.value;
    });
    return data;
  }

  /* Fills in choices and numbers of a form from name -> values; then tells the form's own script. */
  function prefill(form, answers) {
    var changed = false;
    Object.keys(answers).forEach(function (name) {
      var wanted = answers[name];
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name !== name) { return; }
        if (el.type === "radio" || el.type === "checkbox") {
          el.checked = wanted.indexOf(el.value) >= 0;
          changed = true;
        } else if (el.tagName === "SELECT") {
          if (Array.prototype.some.call(el.options, function (o) { return o.value === wanted[0]; })) {
            el.value = wanted[0];
            changed = true;
          }
        } else if (el.type === "number" && /^[0-9]{1,7}$/.test(wanted[0] || "")) {
          el.value = wanted[0];
          changed = true;
        }
      });
    });
    if (changed) {
      form.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }

  function element(tag, text, className) {
    var el = document.createElement(tag);
    if (text) { el.textContent = text; }
    if (className) { el.className = className; }
    return el;
  }

  function show(box, nodes) {
    box.textContent = "";
    nodes.forEach(function (node) { box.appendChild(node); });
    box.hidden = false;
    box.focus();
  }

  function showAnswer(form, box, answer) {
    var text = form.dataset;
    var nodes = [element("h3", text.resultTitle)];
    var outcome = element("p", answer.message, "check-outcome");
    outcome.dataset.outcome = answer.outcome;
    nodes.push(outcome);
    if (answer.reasons && answer.reasons.length) {
      nodes.push(element("p", text.reasons));
      var list = element("ul");
      answer.reasons.forEach(function (reason) {
        var item = element("li", reason.message);
        item.dataset.reason = reason.code;
        list.appendChild(item);
      });
      nodes.push(list);
    }
    nodes.push(element("p", text.stored));
    var target = document.querySelector('form[data-form="' + answer.form + '"]');
    if (target) {
      prefill(target, answer.answers || {});
    }
    var link = element("a", answer.formLink, "button");
    link.href = answer.formPage;
    var p = element("p");
    p.appendChild(link);
    nodes.push(p);
    show(box, nodes);
  }

  function showErrors(form, box, messages) {
    var list = element("ul");
    messages.forEach(function (m) { list.appendChild(element("li", m)); });
    show(box, [element("h3", form.dataset.validation), list]);
  }

  function enhance(form) {
    var box = form.parentElement.querySelector(".check-result");
    var button = form.querySelector("button[type=submit]");
    var status = form.querySelector(".form-status");
    updateConditions(form);
    form.addEventListener("change", function () { updateConditions(form); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      button.disabled = true;
      status.textContent = form.dataset.sending;
      fetch(form.action, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify(payload(form))
      }).then(function (response) {
        return response.json().then(function (answer) { return { status: response.status, answer: answer }; });
      }).then(function (result) {
        if (result.status === 200) {
          showAnswer(form, box, result.answer);
        } else if (Array.isArray(result.answer.errors)) {
          showErrors(form, box, result.answer.errors.map(function (e) {
            return (e.label ? e.label + ": " : "") + e.message;
          }));
        } else {
          showErrors(form, box, [result.answer.title || form.dataset.network]);
        }
      }, function () {
        showErrors(form, box, [form.dataset.network]);
      }).then(function () {
        status.textContent = "";
        button.disabled = false;
      });
    });
  }

  /* A form page opened from a check's answer: its query names the form's own fields. */
  function prefillFromAddress() {
    var target = document.querySelector("form[data-form]");
    var params = new URLSearchParams(window.location.search);
    if (!target || !Array.from(params.keys()).length) { return; }
    var answers = {};
    params.forEach(function (value, name) {
      (answers[name] = answers[name] || []).push(value);
    });
    prefill(target, answers);
  }

  document.querySelectorAll("form[data-check]").forEach(enhance);
  prefillFromAddress();
})();
