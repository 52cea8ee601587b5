<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<#include "_i18n.ftl">
<#-- One language's sitemap, with every language version of each page as an xhtml:link alternate (as Hugo does). -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<#list sitemap_entries as e>
<url>
<loc>${absolute(e.path())}</loc>
<lastmod>${e.lastmod()?string("yyyy-MM-dd")}</lastmod>
<#list e.alternates() as a>
<xhtml:link rel="alternate" hreflang="${a.lang()}" href="${absolute(a.path())}"/>
</#list>
<xhtml:link rel="alternate" hreflang="x-default" href="${config.site_host}/"/>
</url>
</#list>
</urlset>
