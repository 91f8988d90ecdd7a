<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta charset="UTF-8" />
<title>[=title]</title>
<meta name="author" content="CloudMigrate" />
<meta name="subject" content="[=estateName]" />
<style type="text/css">
<#include "../report/readiness-report.css" parse=false>
@page { size: [=pageSize] landscape; }
</style>
</head>
<body class="runbook">
[=body?no_esc]
</body>
</html>
