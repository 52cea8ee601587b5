<#ftl output_format="HTML">
<#-- The page frame of every language page: head with alternates, header with menu and language switcher, footer. -->
<#macro page banner=false script=false>
<#assign self = pathOf(content)>
<#assign isHome = content.type == "langhome">
<!DOCTYPE html>
<html lang="${content.lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if isHome>${content.title?trim}<#else>${content.title?trim} | MobiliseSME</#if></title>
<meta name="description" content="${(content.description!t('site_description'))?trim}">
<#if content.type == "thanks" || (content.translationKey!"") == "notfound"><meta name="robots" content="noindex"></#if>
<link rel="canonical" href="${absolute(self)}">
<link rel="alternate" hreflang="${content.lang}" href="${absolute(self)}">
<#list translations as tr>
<link rel="alternate" hreflang="${tr.lang}" href="${absolute(pathOf(tr))}">
</#list>
<link rel="alternate" hreflang="x-default" href="${config.site_host}/">
<link rel="alternate" type="application/rss+xml" title="${t('feed_link')}" href="${root}${content.lang}/feed.xml">
<link rel="stylesheet" href="${root}assets/site.css?v=${config.site_assetVersion}">
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<meta property="og:type" content="<#if content.type == 'post'>article<#else>website</#if>">
<meta property="og:site_name" content="MobiliseSME">
<meta property="og:title" content="${content.title?trim}">
<meta property="og:description" content="${(content.description!t('site_description'))?trim}">
<meta property="og:url" content="${absolute(self)}">
<meta property="og:locale" content="${t('og_locale')}">
<#list translations as tr>
<meta property="og:locale:alternate" content="${t('og_locale', tr.lang)}">
</#list>
<#if script><script src="${root}assets/forms.js?v=${config.site_assetVersion}" defer></script></#if>
<#if content.type == "thanks"><script src="${root}assets/thanks.js?v=${config.site_assetVersion}" defer></script></#if>
<#if (content.type == "form" && (content.form!"") != "contact") || (content.translationKey!"") == "participate"><script src="${root}assets/check.js?v=${config.site_assetVersion}" defer></script></#if>
</head>
<body<#if isHome> class="home"</#if>>
<a class="skip-link" href="#main">${t('skip_link')}</a>
<header class="site-header">
<div class="container header-bar">
<a class="brand" href="${root}${content.lang}/">MobiliseSME</a>
<nav class="languages" aria-label="${t('lang_switcher_label')}">
<ul>
<#list languages as l>
<#if l.code() == content.lang>
<li><span class="current" lang="${l.code()}" aria-current="true">${l.name()}</span></li>
<#else>
<#assign tr = translations?filter(d -> d.lang == l.code())>
<li><a href="${root}<#if tr?has_content>${pathOf(tr?first)}<#else>${l.code()}/</#if>" lang="${l.code()}" hreflang="${l.code()}">${l.name()}</a></li>
</#if>
</#list>
</ul>
</nav>
</div>
<nav class="main-nav" aria-label="${t('nav_label')}">
<ul class="container">
<#list menu as item>
<#assign itemPath = pathOf(item)>
<li><a href="${href(item)}"<#if item.uri == content.uri> aria-current="page"<#elseif item.type != "langhome" && self?starts_with(itemPath)> aria-current="true"</#if>><#if item.type == "langhome">${t('nav_home')}<#else>${item.title?trim}</#if></a></li>
</#list>
</ul>
</nav>
</header>
<main id="main" class="container" tabindex="-1">
<#-- heading=: a page whose <title> is not the best h1 (the home page's title names the site). -->
<h1>${(content.heading!content.title)?trim}</h1>
<#if banner><@statusBanner form=(content.type == "form")/></#if>
<#nested>
</main>
<footer class="site-footer">
<div class="container">
<nav aria-label="${t('footer_label')}">
<ul>
<#list footer as d>
<li><a href="${href(d)}"<#if d.uri == content.uri> aria-current="page"</#if>>${d.title?trim}</a></li>
</#list>
<li><a href="${root}${content.lang}/feed.xml" type="application/rss+xml">${t('feed_link')}</a></li>
</ul>
</nav>
<p>${t('footer_contact_point')}</p>
<#if content.type != "post" && content.date??><p class="reviewed">${t('page_reviewed')} <time datetime="${content.date?string('yyyy-MM-dd')}">${localDate(content.date)}</time></p></#if>
</div>
</footer>
</body>
</html>
</#macro>

<#-- The programme's status (site.programmeStatus: open, collecting or closed), on the home and form pages. Only a form
     page speaks of "this form"; the home page, which has none, says what an expression of interest does not guarantee. -->
<#macro statusBanner form>
<#local status = config.site_programmeStatus>
<#if !form><@homeBanner status=status/><#return></#if>
<aside class="status status-${status}" aria-label="${t('status_label')}">
<p class="status-label">${t('status_label')}</p>
<p>${t('status_' + status)}<#if status != "closed"> ${t(form?then('status_note_form', 'status_note_home'))}</#if></p>
</aside>
</#macro>

<#-- The home page's banner: what can be done now and why, then the two forms as buttons, high enough to be on a
     phone's first screen. Closed: the status as on the form pages, and the contact page instead of the forms. -->
<#macro homeBanner status>
<aside class="status status-${status} home-banner" aria-label="${t('status_label')}">
<p class="status-label">${t('status_label')}</p>
<#if status == "closed">
<p>${t('status_closed')}</p>
<p class="actions"><a class="button" href="${formHref('contact')}">${t('home_cta_contact')}</a></p>
<#else>
<p class="lead">${t('home_status_' + status)}</p>
<p class="actions"><a class="button" href="${formHref('sending')}">${t('home_cta_send')}</a> <a class="button" href="${formHref('hosting')}">${t('home_cta_host')}</a></p>
<p class="status-note">${t('status_' + status)} ${t('status_note_home')}</p>
</#if>
</aside>
</#macro>

<#-- A form page of the current language, linked relatively: the form's thank-you page's parent folder. -->
<#function formHref id>
<#local f = forms?filter(x -> x.id() == id)?first>
<#return root + f.thanksPage()?remove_beginning("/")?keep_before_last("/")?keep_before_last("/") + "/">
</#function>
