<#-- UI strings and links, shared by every template. Include it after the <#ftl> line. -->
<#assign pageLang = (content.lang)!"en">
<#setting locale=pageLang>

<#-- A UI string from site/data/i18n_<lang>.yaml; a missing key prints ??key??, which the site tests refuse. -->
<#function t key lang="">
  <#local strings = data.get("i18n_" + lang?has_content?then(lang, pageLang) + ".yaml")>
  <#return strings[key]!("??" + key + "??")>
</#function>

<#-- The path from the current page to the site root. A language's not-found page is served for any missing
     address below its language (by CloudFront and by the preview), so its links are root-absolute. -->
<#assign notFoundPage = (((content.translationKey)!"") == "notfound")>
<#assign root = notFoundPage?then("/", (content.rootpath)!"")>

<#-- A page body's relative links made root-absolute on the not-found pages (see root); other pages unchanged. -->
<#function rooted html>
  <#if !notFoundPage><#return html></#if>
  <#return html?replace('href="(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)(\\./)?', 'href="/' + pageLang + '/', 'r')>
</#function>

<#-- A document's address below the site root, as linked: en/about/ for en/about/index.html. -->
<#function pathOf doc>
  <#return doc.uri?remove_ending("index.html")>
</#function>

<#-- A link from the current page to a document: relative, so the baked site works from any folder. -->
<#function href doc>
  <#return root + pathOf(doc)>
</#function>

<#-- An absolute URL for canonical, hreflang, feeds and sitemaps. -->
<#function absolute path>
  <#return config.site_host + "/" + path>
</#function>

<#-- A date in the page language's format, e.g. "10 December 2020", "10. Dezember 2020". -->
<#function localDate date>
  <#return date?string(t("date_format"))>
</#function>
