<#ftl output_format="HTML">
<#include "_i18n.ftl">
<#include "_layout.ftl">
<#include "_form.ftl">
<#include "_check.ftl">
<#-- A form page (header form=sending|hosting|contact): the introduction, then the form from its definition. -->
<#-- The expressions of interest show the check for their side above the form; its answers fill in the form. -->
<@page banner=true script=true>
${content.body?no_esc}
<#if content.form == "sending"><@check side="send"/><#elseif content.form == "hosting"><@check side="host"/></#if>
<@form forms?filter(f -> f.id() == content.form)?first/>
</@page>
