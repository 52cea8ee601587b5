<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<#include "_i18n.ftl">
<#-- /sitemap.xml: the index of the per-language sitemaps (content/<lang>/sitemap.md). -->
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list languages as l>
<sitemap><loc>${config.site_host}/${l.code()}/sitemap.xml</loc></sitemap>
</#list>
</sitemapindex>
