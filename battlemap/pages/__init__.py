"""The site's pages: the map and its embed, home, comparison, print, the example article, oEmbed and the preview image."""
