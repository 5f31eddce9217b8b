"""feeds/feed.xsl: a feed opened in a browser reads as a page with its subscribe URL."""

from __future__ import annotations

# XSLT 1.0 for Atom and RSS alike; no disable-output-escaping (Firefox ignores it).
# RSS <description> is HTML-escaped text (`&lt;GE&gt;` for the words `<GE>`): the
# "text" template decodes the three references the feed writer makes, so a reader sees
# the words; the result is still output as text, never as markup.
FEED_XSL = """<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom"
    exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes"
      doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <xsl:variable name="title" select="atom:feed/atom:title | rss/channel/title"/>
    <xsl:variable name="self"
        select="atom:feed/atom:link[@rel='self']/@href
                | rss/channel/atom:link[@rel='self']/@href"/>
    <xsl:variable name="home"
        select="atom:feed/atom:link[@rel='alternate']/@href | rss/channel/link"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/> (feed)</title>
      </head>
      <body>
        <header>
          <p>This is a web feed.
            Copy its address into your feed reader to subscribe:</p>
          <p><code class="subscribe-url"><xsl:value-of select="$self"/></code></p>
          <h1><xsl:value-of select="$title"/></h1>
          <p><a href="{$home}">Visit the site</a></p>
        </header>
        <main>
          <xsl:apply-templates select="atom:feed/atom:entry | rss/channel/item"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="atom:entry">
    <article>
      <xsl:variable name="link"
          select="atom:link[not(@rel) or @rel='alternate']/@href"/>
      <h2><a href="{$link}"><xsl:value-of select="atom:title"/></a></h2>
      <p><time datetime="{atom:published}">
        <xsl:value-of select="atom:published"/>
      </time></p>
      <p><xsl:value-of select="atom:summary"/></p>
    </article>
  </xsl:template>

  <xsl:template match="item">
    <article>
      <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
      <p><time><xsl:value-of select="pubDate"/></time></p>
      <p><xsl:call-template name="text">
        <xsl:with-param name="html" select="description"/>
      </xsl:call-template></p>
    </article>
  </xsl:template>

  <xsl:template name="text">
    <xsl:param name="html"/>
    <xsl:call-template name="replace">
      <xsl:with-param name="text">
        <xsl:call-template name="replace">
          <xsl:with-param name="text">
            <xsl:call-template name="replace">
              <xsl:with-param name="text" select="$html"/>
              <xsl:with-param name="from" select="'&amp;lt;'"/>
              <xsl:with-param name="to" select="'&lt;'"/>
            </xsl:call-template>
          </xsl:with-param>
          <xsl:with-param name="from" select="'&amp;gt;'"/>
          <xsl:with-param name="to" select="'&gt;'"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="from" select="'&amp;amp;'"/>
      <xsl:with-param name="to" select="'&amp;'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="replace">
    <xsl:param name="text"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="contains($text, $from)">
        <xsl:value-of select="concat(substring-before($text, $from), $to)"/>
        <xsl:call-template name="replace">
          <xsl:with-param name="text" select="substring-after($text, $from)"/>
          <xsl:with-param name="from" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
"""
