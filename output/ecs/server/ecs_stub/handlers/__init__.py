"""Your handler modules, one per tag.

doc2spec writes a module here only when it is absent: your code survives regeneration.
"""
