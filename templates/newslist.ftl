<#ftl output_format="HTML">
<#include "_i18n.ftl">
<#include "_layout.ftl">
<#-- The news of one language, newest first (news: posts of the page's language only). -->
<@page>
${content.body?no_esc}
<#if news?has_content>
<ul class="news-list">
<#list news as post>
<li>
<h2><a href="${href(post)}">${post.title?trim}</a></h2>
<p class="meta">${t('news_published')} <time datetime="${post.date?string('yyyy-MM-dd')}">${localDate(post.date)}</time></p>
<#if post.description??><p>${post.description}</p></#if>
</li>
</#list>
</ul>
<#else>
<p>${t('news_empty')}</p>
</#if>
</@page>
