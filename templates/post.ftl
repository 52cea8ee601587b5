<#ftl output_format="HTML">
<#include "_i18n.ftl">
<#include "_layout.ftl">
<#-- A news article. Previous/next come from the same language's news, not JBake's cross-language links. -->
<@page>
<p class="meta">${t('news_published')} <time datetime="${content.date?string('yyyy-MM-dd')}">${localDate(content.date)}</time></p>
${content.body?no_esc}
<#assign position = -1>
<#list news as post><#if post.uri == content.uri><#assign position = post?index></#if></#list>
<#if position gte 0 && news?size gt 1>
<nav class="pager" aria-label="${t('news_previous')} / ${t('news_next')}">
<ul>
<#if position + 1 lt news?size><li><a href="${href(news[position + 1])}" rel="prev">${t('news_previous')}: ${news[position + 1].title?trim}</a></li></#if>
<#if position gt 0><li><a href="${href(news[position - 1])}" rel="next">${t('news_next')}: ${news[position - 1].title?trim}</a></li></#if>
</ul>
</nav>
</#if>
</@page>
