<#ftl output_format="HTML">
<#include "_i18n.ftl">
<#-- /404.html, served for any unknown address: so every link is root-absolute, and it speaks every language. -->
<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#list languages as l>${t('notfound_title', l.code())}<#sep> · </#list> | MobiliseSME</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" href="/assets/site.css?v=${config.site_assetVersion}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body class="root">
<main id="main" class="container">
<h1>MobiliseSME</h1>
<#list languages as l>
<section class="notfound" lang="${l.code()}">
<h2>${t('notfound_title', l.code())}</h2>
<p>${t('notfound_text', l.code())}</p>
<p><a href="/${l.code()}/" hreflang="${l.code()}">${t('notfound_home', l.code())}</a></p>
</section>
</#list>
</main>
</body>
</html>
