"""The content format (YAML front matter, anchored Markdown paragraphs) and its Pelican reader."""
