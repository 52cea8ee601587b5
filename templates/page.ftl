<#ftl output_format="HTML">
<#include "_i18n.ftl">
<#include "_layout.ftl">
<#include "_form.ftl">
<#include "_check.ftl">
<#-- Who can participate ends with the short eligibility check, both sides to choose from. -->
<@page>
${rooted(content.body)?no_esc}
<#if (content.translationKey!"") == "participate"><@check/></#if>
</@page>
