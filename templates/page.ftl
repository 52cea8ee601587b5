<#ftl output_format="HTML">
<#include "_i18n.ftl">
<#include "_layout.ftl">
<@page>
${content.body?no_esc}
</@page>
