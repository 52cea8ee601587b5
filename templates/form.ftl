<#ftl output_format="HTML">
<#include "_i18n.ftl">
<#include "_layout.ftl">
<#include "_form.ftl">
<#-- A form page (header form=sending|hosting|contact): the introduction, then the form from its definition. -->
<@page banner=true script=true>
${content.body?no_esc}
<@form forms?filter(f -> f.id() == content.form)?first/>
</@page>
