<#ftl output_format="HTML">
<#include "_i18n.ftl">
<#-- The language choice at / (x-default): every language by its own name. No redirect: the visitor chooses. -->
<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MobiliseSME</title>
<meta name="description" content="${t('site_description', 'en')}">
<link rel="canonical" href="${config.site_host}/">
<#list languages as l>
<link rel="alternate" hreflang="${l.code()}" href="${config.site_host}/${l.code()}/">
</#list>
<link rel="alternate" hreflang="x-default" href="${config.site_host}/">
<link rel="stylesheet" href="assets/site.css?v=${config.site_assetVersion}">
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<meta property="og:type" content="website">
<meta property="og:site_name" content="MobiliseSME">
<meta property="og:title" content="MobiliseSME">
<meta property="og:description" content="${t('site_description', 'en')}">
<meta property="og:url" content="${config.site_host}/">
</head>
<body class="root">
<main id="main" class="container">
<h1>MobiliseSME</h1>
<ul class="language-choice">
<#list languages as l>
<li lang="${l.code()}">
<a href="${l.code()}/" hreflang="${l.code()}"><span class="endonym">${l.name()}</span>
<span class="tagline">${t('root_choose', l.code())}</span></a>
<p>${t('site_description', l.code())}</p>
</li>
</#list>
</ul>
</main>
</body>
</html>
