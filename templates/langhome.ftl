<#ftl output_format="HTML">
<#include "_i18n.ftl">
<#include "_layout.ftl">
<@page banner=true>
${content.body?no_esc}
</@page>
