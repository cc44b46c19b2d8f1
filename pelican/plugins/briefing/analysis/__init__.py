"""Analysis: the stage table and the stages (topics, entities, quotes, figures, timeline, related).

Every stage is pure: an article's text and the editorial data in, plain records out.
"""
