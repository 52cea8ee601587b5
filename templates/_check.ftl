<#ftl output_format="HTML">
<#-- The short eligibility check (POST /api/check), from its definition. Without JavaScript it posts and the
     backend answers with a page; with it, check.js shows the answer here and fills in the form below, if any.
     side: "send" or "host" above a form, which then asks only that side's questions; empty on the
     who-can-participate page, where the visitor chooses. Needs _form.ftl for the field macro. -->
<#macro check side="">
<#local c = checkForm?first>
<#local f = c.form()>
<section class="check" aria-labelledby="check-title">
<h2 id="check-title"><@text f.title()/></h2>
<p><@text c.intro()/></p>
<form class="check-form" method="post" action="${(config.site_apiBase)!''}${f.endpoint()}" accept-charset="UTF-8" data-check="" data-result-title="${c.resultTitle().value()}" data-reasons="${c.reasons().value()}" data-stored="${c.stored().value()}" data-validation="${c.validation().value()}" data-network="${c.network().value()}" data-sending="${c.sending().value()}">
<input type="hidden" name="${f.meta().lang()}" value="${content.lang}">
<#if side?has_content><input type="hidden" name="side" value="${side}"></#if>
<#assign appliesShown = !side?has_content>
<#list f.sections() as s>
<#list s.fields() as x>
<#if side?has_content && x.name() == "side"><#continue></#if>
<#if side?has_content && (x.shownWhenField()!"") == "side" && !(x.shownWhenValues()?split(" ")?seq_contains(side))><#continue></#if>
<@field x f/>
</#list>
</#list>
<#assign appliesShown = true>
<p class="form-status" role="status"></p>
<button type="submit" class="button"><@text f.submit()/></button>
</form>
<div class="check-result" tabindex="-1" hidden></div>
</section>
</#macro>
