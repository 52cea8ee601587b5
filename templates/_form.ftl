<#ftl output_format="HTML">
<#-- Renders a form from its definition (FormView, from the backend's Forms and message bundles). -->

<#-- A text from the bundles; marked with its own language while a translation is missing. -->
<#macro text t><#if t.lang() != content.lang><span lang="${t.lang()}">${t.value()}</span><#else>${t.value()}</#if></#macro>

<#macro langAttr t><#if t.lang() != content.lang> lang="${t.lang()}"</#if></#macro>

<#-- Conditional fields: always rendered (they work without JavaScript); the script shows them when they apply. -->
<#macro when x><#if x.shownWhenField()??> data-shown-when="${x.shownWhenField()}" data-shown-values="${x.shownWhenValues()}"</#if></#macro>

<#macro requiredMark x f><#if x.required()> <span class="required">(<@text f.required()/>)</span></#if></#macro>

<#-- The hint, then when a conditional field applies (in words, so that the page is clear without its script). -->
<#-- appliesShown: false while the check stands above a form, whose side is known (_check.ftl). -->
<#assign appliesShown = true>
<#macro hint x><#if x.hint()??><p class="hint" id="${x.hintId()}"><@text x.hint()/></p></#if><#if x.appliesWhen()?? && appliesShown><p class="hint applies" id="${x.appliesWhenId()}"><@text x.appliesWhen()/></p></#if></#macro>

<#macro describedBy x><#local ids = []><#if x.hint()??><#local ids = ids + [x.hintId()]></#if><#if x.appliesWhen()?? && appliesShown><#local ids = ids + [x.appliesWhenId()]></#if><#if ids?has_content> aria-describedby="${ids?join(' ')}"</#if></#macro>

<#macro limits x><#if x.requiredAttribute()> required</#if><#if x.minLength() gt 0> minlength="${x.minLength()?c}"</#if><#if x.maxLength() gt 0> maxlength="${x.maxLength()?c}"</#if><#if x.min()??> min="${x.min()?c}"</#if><#if x.max()??> max="${x.max()?c}"</#if><#if x.maxIsCurrentYear()> data-max-current-year=""</#if><#if x.earliest()??> data-earliest="${x.earliest()}"</#if><#if x.latest()??> data-latest="${x.latest()}"</#if><#if x.autocomplete()??> autocomplete="${x.autocomplete()}"</#if></#macro>

<#macro field x f>
<#switch x.control()>
<#case "radios">
<#case "checkboxes">
<fieldset class="field choices<#if x.options()?size gt 8> many</#if>" data-field="${x.name()}"<@when x/><@describedBy x/>>
<legend><@text x.label()/><@requiredMark x f/></legend>
<@hint x/>
<div class="choice-list">
<#list x.options() as o>
<div class="choice"><input type="${(x.control() == 'radios')?then('radio', 'checkbox')}" id="${o.id()}" name="${x.name()}" value="${o.value()}"<#if x.requiredAttribute()> required</#if>><label for="${o.id()}"<@langAttr o.label()/>>${o.label().value()}</label></div>
</#list>
</div>
</fieldset>
<#break>
<#case "consent">
<div class="field consent" data-field="${x.name()}"<@when x/>>
<div class="choice"><input type="checkbox" id="${x.id()}" name="${x.name()}" value="yes"<#if x.requiredAttribute()> required</#if><@describedBy x/>><label for="${x.id()}"><@text x.label()/><@requiredMark x f/></label></div>
<@hint x/>
<#-- The acknowledgement names the notice: it is one click away, in a new tab so the form keeps what was typed. -->
<#if x.name() == "privacyNotice"><p class="privacy-link"><a href="${f.privacyPage()}" target="_blank" rel="noopener"<@langAttr f.privacyLink()/>>${f.privacyLink().value()}</a></p></#if>
</div>
<#break>
<#case "select">
<div class="field" data-field="${x.name()}"<@when x/>>
<label for="${x.id()}"><@text x.label()/><@requiredMark x f/></label>
<@hint x/>
<select id="${x.id()}" name="${x.name()}"<@limits x/><@describedBy x/>>
<option value=""<@langAttr f.choose()/>>${f.choose().value()}</option>
<#list x.options() as o>
<option value="${o.value()}"<@langAttr o.label()/>>${o.label().value()}</option>
</#list>
</select>
</div>
<#break>
<#case "textarea">
<div class="field" data-field="${x.name()}"<@when x/>>
<label for="${x.id()}"><@text x.label()/><@requiredMark x f/></label>
<@hint x/>
<textarea id="${x.id()}" name="${x.name()}" rows="<#if x.maxLength() gt 1000>8<#else>4</#if>"<@limits x/><@describedBy x/>></textarea>
</div>
<#break>
<#default>
<div class="field" data-field="${x.name()}"<@when x/>>
<label for="${x.id()}"><@text x.label()/><@requiredMark x f/></label>
<@hint x/>
<input type="${x.inputType()}" id="${x.id()}" name="${x.name()}"<@limits x/><#if x.inputType() == "email" || x.name()?contains("vat")> spellcheck="false"</#if><@describedBy x/>>
</div>
</#switch>
</#macro>

<#macro form f>
<section class="form-area" aria-labelledby="form-title">
<h2 id="form-title"><@text f.title()/></h2>
<form class="form" method="post" action="${(config.site_apiBase)!''}${f.endpoint()}" accept-charset="UTF-8" data-form="${f.id()}" data-thanks="${f.thanksPage()}" data-characters-left-one="${t('form_characters_left_one')}" data-characters-left-other="${t('form_characters_left_other')}" data-characters-needed-one="${t('form_characters_needed_one')}" data-characters-needed-other="${t('form_characters_needed_other')}" aria-labelledby="form-title">
<div class="error-summary" tabindex="-1" hidden>
<h3><@text f.errorSummary()/></h3>
<ul></ul>
</div>
<#if f.application()><input type="hidden" name="${f.meta().form()}" value="${f.id()}"></#if>
<input type="hidden" name="${f.meta().lang()}" value="${content.lang}">
<#-- Disabled until the script fills it: a plain post must not send an empty id (the backend refuses it as damaged). -->
<input type="hidden" name="${f.meta().submissionId()}" value="" data-fill="uuid" disabled>
<#-- Filled by the script as it sends: milliseconds the form was shown, measured in the page. Empty without script. -->
<input type="hidden" name="${f.meta().elapsed()}" value="" data-fill="elapsed">
<div class="hp" aria-hidden="true">
<label for="f-${f.meta().honeypot()}">${t('form_honeypot_label')}</label>
<input type="text" id="f-${f.meta().honeypot()}" name="${f.meta().honeypot()}" tabindex="-1" autocomplete="off">
</div>
<#list f.sections() as s>
<fieldset class="section" data-section="${s.name()}"<#if s.shownWhenField()??> data-shown-when="${s.shownWhenField()}" data-shown-values="${s.shownWhenValues()}"</#if><#if s.appliesWhen()??> aria-describedby="${s.appliesWhenId()}"</#if>>
<legend><h3><@text s.legend()/></h3></legend>
<#if s.appliesWhen()??><p class="hint applies" id="${s.appliesWhenId()}"><@text s.appliesWhen()/></p></#if>
<#list s.fields() as x>
<@field x f/>
</#list>
</fieldset>
</#list>
<p class="form-status" role="status"></p>
<button type="submit" class="button"><@text f.submit()/></button>
</form>
<script type="application/json" id="form-strings">${f.scriptStrings()?no_esc}</script>
<#-- The definition's rules and the bundles' messages for the check before sending (FormRules). -->
<script type="application/json" id="form-rules-${f.id()}" data-rules-for="${f.id()}">${f.rules()?no_esc}</script>
</section>
</#macro>
