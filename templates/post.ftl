<#ftl output_format="HTML">
<#include "_i18n.ftl">
<#include "_layout.ftl">
<#-- A news article. Previous/next (pager) come from the same language's news, not JBake's cross-language links. -->
<@page>
<p class="meta">${t('news_published')} <time datetime="${content.date?string('yyyy-MM-dd')}">${localDate(content.date)}</time></p>
${content.body?no_esc}
<#if pager?has_content>
<nav class="pager" aria-label="${t('news_pager_label')}">
<ul>
<#list pager as n>
<li><a href="${href(n.post())}" rel="${n.rel()}">${t((n.rel() == "prev")?then('news_previous', 'news_next'))} ${n.post().title?trim}</a></li>
</#list>
</ul>
</nav>
</#if>
</@page>
