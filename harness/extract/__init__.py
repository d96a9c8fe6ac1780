"""Extraction: from an article to draft claims. Reads documents (text, markdown, HTML, URL), finds
claim sentences with the lexicon extractor (or a language model) and writes validated drafts that
the claims stage can load.
"""
