<#ftl output_format="HTML">
<#include "_i18n.ftl">
<#include "_layout.ftl">
<@page>
${rooted(content.body)?no_esc}
</@page>
