<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<#include "_i18n.ftl">
<#-- One language's RSS feed. RFC 822 dates need English day and month names, whatever the language. -->
<#setting locale="en_US">
<#assign rfc822 = "EEE, d MMM yyyy HH:mm:ss Z">
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${content.title?trim}</title>
<link>${config.site_host}/${content.lang}/</link>
<atom:link href="${config.site_host}/${content.lang}/feed.xml" rel="self" type="application/rss+xml"/>
<description>${(content.description!t("site_description"))?trim}</description>
<language>${content.lang}</language>
<lastBuildDate>${(news?has_content?then(news?first.date, content.date))?string(rfc822)}</lastBuildDate>
<#list news as post>
<item>
<title>${post.title?trim}</title>
<link>${absolute(pathOf(post))}</link>
<guid isPermaLink="true">${absolute(pathOf(post))}</guid>
<pubDate>${post.date?string(rfc822)}</pubDate>
<#if post.description??><description>${post.description}</description></#if>
</item>
</#list>
</channel>
</rss>
