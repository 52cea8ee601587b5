<#ftl output_format="HTML">
<#include "_i18n.ftl">
<#include "_layout.ftl">
<#include "_form.ftl">
<#-- A thank-you page (header form=…): the script shows the reference from ?ref= and the outcome from ?outcome=. -->
<@page script=true>
<#assign f = forms?filter(x -> x.id() == content.form)?first>
<div class="reference-box" data-reference hidden>
<p class="reference-label"><@text f.reference()/></p>
<p class="reference" data-reference-value></p>
</div>
<noscript><p class="reference-box">${t('thanks_noscript')}</p></noscript>
<#if f.application()>
<#list f.outcomes() as o>
<p class="outcome" data-outcome="${o.code()}" hidden><@text o.message()/></p>
</#list>
</#if>
${content.body?no_esc}
</@page>
