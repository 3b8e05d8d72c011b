# placeholder
DOCS = {}
